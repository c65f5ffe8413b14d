package io.geowire.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One JSON Lines record: an object with the article's text and whatever metadata fields it carries. */
final class JsonArticleParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTML_TAG = Pattern.compile("(?i)</?(p|div|br|span|a|h[1-6]|li|article|body)\\b[^>]*>");
    private static final String[] TEXT = {"text", "body", "content", "article", "maintext", "fulltext", "html"};
    private static final String[] TITLE = {"title", "headline"};
    private static final String[] URL = {"url", "link", "source_url", "sourceUrl", "canonical_url"};
    private static final String[] DATE = {"published", "date", "published_at", "publishedAt", "pubDate",
            "publish_date", "datePublished", "date_publish", "time"};
    private static final String[] AUTHOR = {"author", "authors", "byline", "creator"};
    private static final String[] SOURCE = {"source", "site", "site_name", "publisher", "outlet", "source_domain"};

    /** Thrown for a line that is not a JSON object with article text; the message says why. */
    public static final class BadRecordException extends Exception {
        public BadRecordException(String message) {
            super(message);
        }
    }

    private final int maxHtmlDepth;

    /** @param maxHtmlDepth deepest nesting accepted when the text field holds HTML */
    public JsonArticleParser(int maxHtmlDepth) {
        this.maxHtmlDepth = maxHtmlDepth;
    }

    public ParsedDocument parse(String line) throws BadRecordException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecordException("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRecordException("not a JSON object");
        }
        String text = field(node, TEXT);
        if (text == null) {
            throw new BadRecordException("no text field (expected one of text, body, content, article)");
        }
        String url = field(node, URL);
        String source = field(node, SOURCE);
        MetaHints hints = new MetaHints(field(node, TITLE), field(node, AUTHOR), HtmlParser.parseDate(field(node, DATE)),
                url, source != null ? source : HtmlParser.host(url));
        if (HTML_TAG.matcher(text).find()) {
            ParsedDocument html = new HtmlParser(maxHtmlDepth).parse(text, url);
            return new ParsedDocument(html.blocks(), hints.orElse(html.hints()));
        }
        List<Block> blocks = new ArrayList<>();
        for (Block b : new TextParser().parseBody(text).blocks()) {
            blocks.add(new Block(b.text(), -1, b.kind(), 0, false)); // offsets in a JSON string are not file offsets
        }
        return new ParsedDocument(blocks, hints);
    }

    private static String field(JsonNode node, String[] names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.isObject() ? x.path("name").asText() : x.asText()));
                String joined = String.join(", ", parts).strip();
                if (!joined.isEmpty()) {
                    return joined;
                }
            } else if (v.isObject()) {
                String name2 = v.path("name").asText(null);
                if (name2 != null && !name2.isBlank()) {
                    return name2.strip();
                }
            } else if (!v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
