package io.geowire.ingest.live;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads RSS 2.0 (and 1.0) and Atom feeds with the JDK's XML parser, hardened: no DOCTYPE at all (so no external
 * entities and no entity expansion bombs), no external DTDs or schemas, secure processing on.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /** Thrown for anything that is not a well-formed RSS or Atom feed; the message says what is wrong. */
    public static final class FeedException extends Exception {
        public FeedException(String message) {
            super(message);
        }
    }

    public static List<FeedEntry> parse(byte[] xml, URI base) throws FeedException {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new FeedException("malformed feed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new FeedException("unreadable feed: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        String kind = local(root);
        List<FeedEntry> entries = new ArrayList<>();
        switch (kind) {
            case "rss" -> {
                Element channel = firstChild(root, "channel");
                if (channel == null) {
                    throw new FeedException("RSS feed without a channel");
                }
                for (Element item : children(channel, "item")) {
                    entries.add(rssItem(item, base));
                }
            }
            case "RDF" -> children(root, "item").forEach(item -> entries.add(rssItem(item, base)));
            case "feed" -> children(root, "entry").forEach(entry -> entries.add(atomEntry(entry, base)));
            default -> throw new FeedException("not an RSS or Atom feed: the root element is <" + root.getTagName()
                    + ">");
        }
        return entries;
    }

    private static FeedEntry rssItem(Element item, URI base) {
        return new FeedEntry(text(item, "guid"), resolve(base, text(item, "link")), text(item, "title"),
                longest(text(item, "encoded"), text(item, "description")),
                first(text(item, "pubDate"), text(item, "date"), text(item, "updated")));
    }

    private static FeedEntry atomEntry(Element entry, URI base) {
        String link = null;
        for (Element l : children(entry, "link")) {
            String rel = l.getAttribute("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = l.getAttribute("href");
                break;
            }
        }
        return new FeedEntry(text(entry, "id"), resolve(base, link), text(entry, "title"),
                longest(text(entry, "content"), text(entry, "summary")),
                first(text(entry, "updated"), text(entry, "published")));
    }

    private static DocumentBuilder builder() throws FeedException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // the default handler prints parse errors to stderr before throwing them
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new FeedException("the JDK's XML parser cannot be configured safely: " + e.getMessage());
        }
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && local(e).equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element firstChild(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element parent, String localName) {
        Element e = firstChild(parent, localName);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().trim();
        return t.isEmpty() ? null : t;
    }

    private static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base.resolve(link.trim()).toString();
        } catch (IllegalArgumentException e) {
            return link.trim();
        }
    }

    private static String longest(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.length() >= b.length() ? a : b;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

}
