package io.geowire.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Parses HTML with jsoup into blocks (one per paragraph-level element, with its link density and whether the markup
 * marks it as page chrome) and reads metadata from meta tags, JSON-LD and common markup.
 */
final class HtmlParser {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "form", "button", "select", "input", "textarea", "head", "object", "canvas");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "dd", "dt", "dl",
            "figcaption", "figure", "header", "footer", "nav", "aside", "address", "center", "body", "br", "hr");
    /** Wrappers whose classes describe the whole page ("has-sidebar", "with-comments"), not themselves. */
    private static final Set<String> STRUCTURAL = Set.of("html", "body", "main", "article");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "menu", "figcaption");
    private static final Pattern CHROME_NAMES = Pattern.compile("(?i)(?:^|[\\s_-])(nav|navbar|navigation|menu|"
            + "footer|sidebar|breadcrumbs?|cookies?|consent|share|sharing|social|related|newsletter|subscribe|"
            + "comments?|widget|banner|advert|ads|promo|popup|modal|tags|pagination|byline|author-bio)(?:$|[\\s_-])");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxDepth;

    /** Thrown for a document nested deeper than allowed; the message is the dead-letter reason. */
    public static final class TooDeepException extends RuntimeException {
        TooDeepException(int maxDepth) {
            super("HTML nested deeper than " + maxDepth + " levels");
        }
    }

    /** @param maxDepth deepest element nesting accepted; a deeper document throws {@link TooDeepException} */
    public HtmlParser(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public ParsedDocument parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        checkDepth(doc);
        MetaHints hints = jsonLd(doc).orElse(metaTags(doc));
        Element root = contentRoot(doc);
        List<Block> blocks = new ArrayList<>();
        new Walker(blocks, true).walk(root);
        if (classCuesHidAlmostEverything(blocks)) {
            // a theme that puts "sidebar" or "comments" in the class of a wrapper: trust only the tags
            blocks.clear();
            new Walker(blocks, false).walk(root);
        }
        return new ParsedDocument(blocks, hints);
    }

    /** jsoup builds any depth without recursion; it is the walk over the tree that must stay bounded. */
    private void checkDepth(Document doc) {
        boolean[] tooDeep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > maxDepth) {
                    tooDeep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (tooDeep[0]) {
            throw new TooDeepException(maxDepth);
        }
    }

    private static boolean classCuesHidAlmostEverything(List<Block> blocks) {
        long chrome = 0;
        long other = 0;
        for (Block b : blocks) {
            if (b.chrome()) {
                chrome += b.text().length();
            } else {
                other += b.text().length();
            }
        }
        return other < 500 && chrome > 4 * Math.max(other, 250);
    }

    private static Element contentRoot(Document doc) {
        for (String css : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
            Element e = doc.selectFirst(css);
            if (e != null && e.text().length() >= 500) {
                return e;
            }
        }
        return doc.body() != null ? doc.body() : doc;
    }

    /**
     * Accumulates text into the innermost block element, flushing at block boundaries. Driven by jsoup's
     * NodeTraversor, which walks without recursion: a deeply nested page cannot exhaust the stack (a recursive walk
     * did, and compiling a regex at that depth then failed as "PatternSyntaxException: Stack overflow").
     */
    private static final class Walker implements NodeFilter {
        /** What an element hands down to its children, and what to restore when it closes. */
        private record Frame(Block.Kind kind, boolean chrome, boolean inLink, boolean block) {
        }

        private final List<Block> out;
        private final StringBuilder text = new StringBuilder();
        private final Deque<Frame> open = new ArrayDeque<>();
        private int linked;
        private Block.Kind kind = Block.Kind.PARAGRAPH;
        private boolean chrome;
        private final boolean classCues;

        Walker(List<Block> out, boolean classCues) {
            this.out = out;
            this.classCues = classCues;
        }

        void walk(Node root) {
            open.clear();
            open.push(new Frame(Block.Kind.PARAGRAPH, false, false, false));
            NodeTraversor.filter(this, root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            Frame parent = open.peek();
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isBlank() || text.length() > 0) {
                    text.append(s);
                    if (parent.inLink()) {
                        linked += s.strip().length();
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIP.contains(tag) || "true".equals(e.attr("hidden")) || e.attr("style").replace(" ", "")
                    .contains("display:none")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            boolean block = BLOCKS.contains(tag);
            boolean isChrome = parent.chrome() || CHROME_TAGS.contains(tag)
                    || classCues && !STRUCTURAL.contains(tag) && CHROME_NAMES.matcher(e.className() + " " + e.id()).find()
                    || "navigation".equals(e.attr("role")) || "contentinfo".equals(e.attr("role"));
            Block.Kind k = HEADING.matcher(tag).matches() ? Block.Kind.HEADING
                    : "li".equals(tag) ? Block.Kind.LIST_ITEM : block ? Block.Kind.PARAGRAPH : parent.kind();
            if (block) {
                flush();
                kind = k;
                chrome = isChrome;
            }
            open.push(new Frame(k, isChrome, parent.inLink() || "a".equals(tag), block));
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            Frame closed = open.pop();
            if (closed.block()) {
                flush();
                Frame parent = open.peek();
                kind = parent.kind();
                chrome = parent.chrome();
            }
            return FilterResult.CONTINUE;
        }

        private void flush() {
            String s = WHITESPACE.matcher(text.toString().replace('\u00a0', ' ')).replaceAll(" ").strip();
            if (!s.isEmpty()) {
                out.add(new Block(s, -1, kind, Math.min(1.0, (double) linked / s.length()), chrome));
            }
            text.setLength(0);
            linked = 0;
        }
    }

    private static MetaHints metaTags(Document doc) {
        String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc, "h1"), doc.title());
        String site = first(meta(doc, "og:site_name"), meta(doc, "application-name"));
        if (title != null) {
            String[] split = Metadata.splitSiteSuffix(title);
            title = split[0];
            site = first(site, split[1]);
        }
        String author = first(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"),
                meta(doc, "sailthru.author"), text(doc, "[rel=author]"), text(doc, "[itemprop=author]"),
                text(doc, ".author-name"), text(doc, ".byline"));
        if (author != null && author.startsWith("http")) {
            author = null;
        }
        if (author != null) {
            author = author.replaceFirst("^(?i)by\\s+", "");
        }
        String dateText = first(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), meta(doc, "og:published_time"), attr(doc, "[itemprop=datePublished]",
                        "content"), attr(doc, "time[datetime]", "datetime"), text(doc, "time"));
        String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"));
        return new MetaHints(title, author, parseDate(dateText), url, first(site, host(url)));
    }

    private static Optional<MetaHints> jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = findArticle(JSON.readTree(script.data()));
                if (article != null) {
                    MetaHints fromLd = new MetaHints(textOf(article.get("headline")), name(article.get("author")),
                            parseDate(textOf(article.get("datePublished"))), textOf(article.get("url")),
                            name(article.get("publisher")));
                    return Optional.of(fromLd.orElse(metaTags(doc)));
                }
            } catch (Exception ignored) {
                // broken JSON-LD is common; the meta tags still count
            }
        }
        return Optional.empty();
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
        if (type.contains("article") || type.contains("blogposting") || type.contains("report")) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> Optional.ofNullable(name(n)).ifPresent(names::add));
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return node.isObject() ? textOf(node.get("name")) : textOf(node);
    }

    private static String textOf(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : blankToNull(node.asText());
    }

    /** ISO date-times, or any full date in the six supported languages. */
    public static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        Matcher iso = ISO_DAY.matcher(s.strip());
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return DateParser.get().mentions(s).stream().filter(DateMention::isFull).findFirst()
                .map(m -> m.earliestDay(m.year())).orElse(null);
    }

    public static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"], meta[itemprop=\""
                + key + "\"]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String text(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.text());
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
