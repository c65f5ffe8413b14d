package io.geowire.ingest.live;

import io.geowire.ingest.internal.Fingerprints;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;

/**
 * One RSS or Atom feed, polled at its interval with a conditional GET. Each entry is an item keyed by its GUID
 * (or link) and versioned by a hash of what the feed says about it (title, link, text, date), so an entry the feed
 * updates is a new version of the same item. For each new version the entry's page is fetched and ingested as HTML
 * (the ingest cleaner takes its main text); when the page cannot be fetched, the entry's own text stands in for
 * it. An entry with neither becomes a failed item (a dead letter with both reasons).
 */
public final class FeedSource implements LiveSource {

    private final URI feed;
    private final Duration interval;
    private final HttpFetcher fetcher;
    private final SourceStats stats;
    /** The version of each entry handed over or found known, so a page is fetched once per version. */
    private final Map<String, String> handedOver = new HashMap<>();
    private String etag;
    private String lastModified;

    public FeedSource(URI feed, Duration interval, HttpFetcher fetcher, Clock clock) {
        this.feed = feed;
        this.interval = interval;
        this.fetcher = fetcher;
        this.stats = new SourceStats(id(), kind(), feed.toString(), clock);
    }

    @Override
    public String id() {
        return "feed:" + feed;
    }

    @Override
    public String kind() {
        return "feed";
    }

    @Override
    public SourceStats stats() {
        return stats;
    }

    public Duration interval() {
        return interval;
    }

    @Override
    public void poll(KnownVersions known, Consumer<LiveItem> sink) throws InterruptedException {
        stats.polled();
        List<FeedEntry> entries;
        try {
            HttpFetcher.Response r = fetcher.get(feed, etag, lastModified);
            if (r.notModified()) {
                return;
            }
            entries = FeedParser.parse(r.body(), r.uri());
            // remembered only once the feed parsed: a broken answer must not hide the next good one behind a 304
            etag = r.etag();
            lastModified = r.lastModified();
        } catch (FetchException | FeedParser.FeedException e) {
            stats.error(e.getMessage());
            return;
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (FeedEntry entry : entries) {
            listed.add(offer(entry, known, sink));
        }
        // entries the feed no longer lists are forgotten here (the positions still know them), so a feed that
        // rotates its items for months does not grow this map without end
        handedOver.keySet().retainAll(listed);
    }

    /** Hands the entry over if it is new or changed; returns its key. */
    private String offer(FeedEntry entry, KnownVersions known, Consumer<LiveItem> sink) throws InterruptedException {
        String version = Fingerprints.sha256Hex(String.join("\u0000", nullToEmpty(entry.title()),
                nullToEmpty(entry.link()), nullToEmpty(entry.description()), nullToEmpty(entry.updated())));
        // an entry with neither GUID nor link cannot be followed from poll to poll: its content is its identity
        String key = entry.key() != null ? entry.key() : "untracked:" + version;
        if (version.equals(handedOver.get(key))) {
            return key;
        }
        handedOver.put(key, version);
        if (known.isKnown(id(), key, version)) {
            return key;
        }
        stats.item();
        String name = nameFor(entry, version);
        String location = entry.link() != null ? entry.link() : feed + "#" + key;
        String pageProblem;
        if (entry.link() == null) {
            pageProblem = "no link";
        } else {
            try {
                HttpFetcher.Response page = fetcher.get(URI.create(entry.link()));
                if (isHtml(page)) {
                    sink.accept(LiveItem.read(id(), key, version, name, page.uri().toString(), page.body()));
                    return key;
                }
                pageProblem = "page is " + page.contentType() + ", not HTML";
            } catch (FetchException | IllegalArgumentException e) {
                pageProblem = e.getMessage();
                stats.error("page of " + key + ": " + pageProblem);
            }
        }
        if (entry.description() != null) {
            sink.accept(LiveItem.read(id(), key, version, name, location, asHtml(entry)));
        } else {
            sink.accept(LiveItem.failed(id(), key, version, name, location,
                    "page unavailable (" + pageProblem + ") and the feed gives no text for the item"));
        }
        return key;
    }

    private static boolean isHtml(HttpFetcher.Response page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        return type.isEmpty() || type.contains("html");
    }

    /** The entry's own text as a small HTML page, so the same cleaner reads it and its title and link are kept. */
    static byte[] asHtml(FeedEntry entry) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">");
        if (entry.title() != null) {
            html.append("<title>").append(Entities.escape(entry.title())).append("</title>");
        }
        if (entry.link() != null) {
            html.append("<link rel=\"canonical\" href=\"").append(Entities.escape(entry.link())).append("\">");
        }
        html.append("</head><body><article>");
        if (entry.title() != null) {
            html.append("<h1>").append(Entities.escape(entry.title())).append("</h1>");
        }
        // feeds carry the text as HTML (escaped in the XML): kept as markup, for the cleaner to read
        html.append(entry.description()).append("</article></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A readable, unique .html name: the last part of the link (or the title) and a piece of the version. */
    private static String nameFor(FeedEntry entry, String version) {
        String base = entry.link() != null ? entry.link().replaceFirst("[?#].*", "").replaceFirst("/+$", "")
                : nullToEmpty(entry.title());
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-");
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return (base.isEmpty() ? "item" : base) + "-" + version.substring(0, 8) + ".html";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void awaitChange() throws InterruptedException {
        Thread.sleep(interval.toMillis());
    }
}
