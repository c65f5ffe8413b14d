package io.geowire.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, author, publication date and site name from the blocks of a page saved as text, where no markup
 * says which line is which: a lone date line is the publication date, the headline is the nearest title-like line
 * above it (or a "Title | Site" first line, or the last title-like line before the body), and the author is a
 * name-like line beside the date, an "AUTHOR" label, a byline, or a "writes X" / "X is a journalist" phrase.
 */
public final class Metadata {
    private static final String NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?)";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:(?:de|di|da|van|von|der|del|la|le|bin|al|ibn)\\s+)?"
            + NAME_WORD + "){1,3}";
    private static final Pattern NAME_LINE = Pattern.compile("^(?:(?i:by|di|par|von|por)\\s+)?(" + NAME + ")$");
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.{8,})\\s+(\\||–|—|-|::)\\s+([^|–—]{2,40})$");
    private static final Set<String> AUTHOR_LABELS = Set.of("author", "authors", "autore", "autori", "auteur",
            "autor", "автор", "written by", "scritto da", "écrit par");
    private static final List<Pattern> AUTHOR_PHRASES = List.of(
            Pattern.compile("\\bwrites\\s+(?:\\p{Lu}[\\p{L}.]*['’]s\\s+)?(" + NAME + ")"),
            Pattern.compile("\\b(" + NAME + ")\\s+writes\\b"),
            Pattern.compile("^(" + NAME + ") is an? (?:[\\p{Ll}-]+ ){0,3}(?:journalist|writer|reporter|analyst|"
                    + "researcher|correspondent|editor|contributor|fellow|columnist|professor|lecturer)\\b"),
            Pattern.compile("\\b(?i:follow)\\s+(" + NAME + ")\\s+on\\s+(?:Twitter|X|Facebook|Telegram|LinkedIn)\\b"));

    // compiled once: String.matches compiled them on every call
    private static final Pattern SITE_NAME = Pattern.compile(
            "(?:[\\p{Lu}\\d][\\p{L}\\d.&'’-]*)(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'’-]*){0,2}");
    private static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+.*");

    private static final List<String> AUTHOR_CUES = List.of("writes", "writes", " is a", "ollow ");

    private Metadata() {
    }

    /**
     * ["Title", "Site"] for "Title | Site", else ["Title", null]. A dash separates a site name only when what
     * follows looks like one (at most three capitalised words: "Title - Foreign Policy"), since dashes also sit
     * inside headlines ("Kazakhstan - Russia relations: what next").
     */
    public static String[] splitSiteSuffix(String title) {
        Matcher m = SITE_SUFFIX.matcher(title.strip());
        if (m.matches()) {
            String site = m.group(3).strip();
            boolean pipe = m.group(2).equals("|") || m.group(2).equals("::");
            boolean named = SITE_NAME.matcher(site).matches();
            if ((pipe && Words.count(site) <= 5 || named) && !site.endsWith("?")) {
                return new String[] {m.group(1).strip(), site};
            }
        }
        return new String[] {title.strip(), null};
    }

    public static MetaHints fromBlocks(List<Block> blocks, List<String> labels) {
        int firstKept = labels.indexOf("kept");
        int dateAt = -1;
        LocalDate date = null;
        for (int i = 0; i < blocks.size() && date == null; i++) {
            if (!labels.get(i).equals("kept") && !labels.get(i).equals("repeat")) {
                Optional<LocalDate> d = DateParser.get().dateLine(blocks.get(i).text());
                if (d.isPresent()) {
                    date = d.get();
                    dateAt = i;
                }
            }
        }
        String[] first = blocks.isEmpty() ? new String[] {null, null} : splitSiteSuffix(blocks.get(0).text());
        String source = first[1];
        String title = dateAt >= 0 ? titleAbove(blocks, labels, dateAt) : null;
        if (title == null && source != null) {
            title = first[0];
        }
        if (title == null) {
            title = lastTitleLike(blocks, labels, firstKept < 0 ? blocks.size() : firstKept);
        }
        String author = dateAt >= 0 ? nameBeside(blocks, dateAt, title) : null;
        if (author == null) {
            author = labelledOrPhrased(blocks, dateAt);
        }
        return new MetaHints(title, author, date, null, source);
    }

    private static String titleAbove(List<Block> blocks, List<String> labels, int dateAt) {
        for (int i = dateAt - 1; i >= Math.max(0, dateAt - 4); i--) {
            String t = blocks.get(i).text().strip();
            if (titleLike(blocks.get(i), labels.get(i)) && !isName(t)) {
                return splitSiteSuffix(t)[0];
            }
        }
        return null;
    }

    private static String lastTitleLike(List<Block> blocks, List<String> labels, int end) {
        for (int i = end - 1; i >= 0; i--) {
            String t = blocks.get(i).text().strip();
            if (titleLike(blocks.get(i), labels.get(i)) && !isName(t) && Words.count(t) >= 4) {
                return splitSiteSuffix(t)[0];
            }
        }
        return null;
    }

    private static boolean titleLike(Block b, String label) {
        String t = b.text().strip();
        int words = Words.count(t);
        return !label.equals("boilerplate") && b.kind() != Block.Kind.LIST_ITEM && words >= 3 && words <= 25
                && t.length() < 200 && !t.endsWith(".") && DateParser.get().dateLine(t).isEmpty();
    }

    private static String nameBeside(List<Block> blocks, int dateAt, String title) {
        for (int i : new int[] {dateAt - 1, dateAt + 1, dateAt - 2}) {
            if (i >= 0 && i < blocks.size()) {
                Matcher m = NAME_LINE.matcher(blocks.get(i).text().strip());
                if (m.matches() && !m.group(1).equals(title)) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /**
     * Bylines sit at the top, around the date line or at the bottom (author boxes, "Follow X on Twitter"); phrases
     * are looked for only there, so "Leo Tolstoy writes" in the middle of an essay does not make him its author.
     */
    private static boolean bylineZone(int i, int size, int dateAt) {
        return i < 3 || i >= size - 5 || dateAt >= 0 && Math.abs(i - dateAt) <= 3;
    }

    private static String labelledOrPhrased(List<Block> blocks, int dateAt) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            String label = blocks.get(i).text();
            if (label.length() < 30 && AUTHOR_LABELS.contains(ContentCleaner.normalise(label))) {
                Matcher m = NAME_LINE.matcher(blocks.get(i + 1).text().strip());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        for (Block b : blocks) {
            String t = b.text().strip();
            if (t.length() < 60 && BY_LINE.matcher(t).matches()) {
                Matcher m = NAME_LINE.matcher(t);
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        for (int k = 0; k < AUTHOR_PHRASES.size(); k++) {
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (!bylineZone(i, blocks.size(), dateAt)) {
                    continue;
                }
                // a cheap literal test first: these patterns are costly to run over every paragraph
                if (b.text().contains(AUTHOR_CUES.get(k)) && b.text().length() < 2000) {
                    Matcher m = AUTHOR_PHRASES.get(k).matcher(b.text());
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
        }
        return null;
    }

    private static boolean isName(String text) {
        return NAME_LINE.matcher(text).matches() && Words.count(text) <= 4;
    }
}
