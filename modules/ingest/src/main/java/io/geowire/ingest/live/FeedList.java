package io.geowire.ingest.live;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A feeds file: one feed URL per line, optionally followed by its poll interval ({@code 90s}, {@code 5m},
 * {@code 1h}, or ISO-8601 such as {@code PT5M}); blank lines and lines starting with {@code #} are ignored.
 */
public final class FeedList {

    /** The shortest interval accepted: polling faster than this is not polite to anyone. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    /** One line of the file. */
    public record Feed(URI url, Duration interval) {
    }

    private FeedList() {
    }

    /** Reads the file; a line that is not a feed fails the whole file with its line number (fix it, then start). */
    public static List<Feed> read(Path file, Duration defaultInterval) throws IOException {
        List<Feed> feeds = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                feeds.add(parseLine(line, defaultInterval));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return feeds;
    }

    static Feed parseLine(String line, Duration defaultInterval) {
        String[] parts = line.split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("expected a URL and at most an interval, got: " + line);
        }
        URI url;
        try {
            url = new URI(parts[0]);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + parts[0]);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("only http(s) feeds are read, not " + parts[0]);
        }
        Duration interval = parts.length == 2 ? interval(parts[1]) : defaultInterval;
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("interval " + (parts.length == 2 ? parts[1] : "(--feed-interval) " + interval)
                    + " is under the minimum of 1 s");
        }
        return new Feed(url, interval);
    }

    /** Parses 500ms, 90s, 5m, 1h, a plain number of seconds, or ISO-8601 (PT5M). */
    public static Duration interval(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.replaceFirst("[smh]$", ""));
            return switch (t.charAt(t.length() - 1)) {
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not an interval: " + text + " (use 500ms, 90s, 5m, 1h or PT5M)");
        }
    }
}
