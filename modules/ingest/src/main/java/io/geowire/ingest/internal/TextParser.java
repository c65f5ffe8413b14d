package io.geowire.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into verbatim blocks with their source offsets: one block per line, or per paragraph when the
 * lines are hard-wrapped. A leading header block (title, source URL line, date line, then a blank line) becomes
 * metadata instead of text.
 */
final class TextParser {
    private static final Pattern URL_LINE = Pattern.compile("^(?i)(?:(?:url|source|link|fonte|quelle|fuente)\\s*:\\s*)?"
            + "(https?://\\S+)$");
    private static final Pattern LABELLED = Pattern.compile("^(?i)(title|author|by|date|published)\\s*:\\s*(.+)$");
    private static final Pattern BYLINE = Pattern.compile("^(?i)(?:by|di|par|von|por|автор:?)\\s+(\\p{Lu}[\\p{L}.'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})$");
    private static final int MAX_HEADER_LINES = 6;

    record Line(int start, int end) {
    }

    /** Text whose header block, if any, carries the metadata. */
    public ParsedDocument parse(String source) {
        return parse(source, true);
    }

    /** Text without a header block (e.g. a JSON field): every line is body. */
    public ParsedDocument parseBody(String source) {
        return parse(source, false);
    }

    private ParsedDocument parse(String source, boolean withHeader) {
        List<Line> lines = lines(source);
        int first = 0;
        while (first < lines.size() && blank(source, lines.get(first))) {
            first++;
        }
        MetaHints hints = MetaHints.NONE;
        int headerEnd = withHeader ? headerEnd(source, lines, first) : first;
        if (headerEnd > first) {
            Optional<MetaHints> header = readHeader(source, lines.subList(first, headerEnd));
            if (header.isPresent()) {
                hints = header.get();
                first = headerEnd;
            }
        }
        return new ParsedDocument(blocks(source, lines.subList(first, lines.size())), hints);
    }

    static List<Line> lines(String s) {
        List<Line> out = new ArrayList<>();
        int start = s.startsWith("\uFEFF") ? 1 : 0;
        // the newlines found by indexOf (a vectorised search) rather than by testing every character
        for (int i = s.indexOf('\n', start); i >= 0; i = s.indexOf('\n', start)) {
            int end = i > start && s.charAt(i - 1) == '\r' ? i - 1 : i;
            out.add(new Line(start, end));
            start = i + 1;
        }
        if (start < s.length()) {
            out.add(new Line(start, s.length()));
        }
        return out;
    }

    /**
     * {@code s.substring(l.start, l.end).isBlank()} without the copy: every character is whitespace. (isBlank reads
     * code points, but no supplementary code point is whitespace and neither is a lone surrogate, so reading chars
     * gives the same answer; TextParserTest checks.)
     */
    static boolean blank(String s, Line l) {
        for (int i = l.start; i < l.end; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 128 || !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int headerEnd(String s, List<Line> lines, int first) {
        int i = first;
        while (i < lines.size() && !blank(s, lines.get(i))) {
            if (i - first >= MAX_HEADER_LINES || lines.get(i).end - lines.get(i).start > 300) {
                return first;
            }
            i++;
        }
        return i < lines.size() ? i : first;
    }

    private static Optional<MetaHints> readHeader(String s, List<Line> header) {
        String title = null;
        String author = null;
        String url = null;
        LocalDate date = null;
        boolean structured = false;
        for (Line l : header) {
            String text = s.substring(l.start, l.end).strip();
            Matcher u = URL_LINE.matcher(text);
            Matcher lab = LABELLED.matcher(text);
            Matcher by = BYLINE.matcher(text);
            Optional<LocalDate> d = DateParser.get().dateLine(text);
            if (u.matches()) {
                url = u.group(1);
                structured = true;
            } else if (d.isPresent()) {
                date = d.get();
                structured = true;
            } else if (lab.matches()) {
                String key = lab.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = lab.group(2).strip();
                structured = true;
                if (key.equals("title")) {
                    title = value;
                } else if (key.equals("author") || key.equals("by")) {
                    author = value;
                } else {
                    date = DateParser.get().dateLine(value).orElse(date);
                }
            } else if (by.matches()) {
                author = by.group(1);
            } else if (title == null) {
                title = text;
            }
        }
        if (!structured) {
            return Optional.empty();
        }
        String source = null;
        if (title != null) {
            String[] split = Metadata.splitSiteSuffix(title);
            title = split[0];
            source = split[1];
        }
        return Optional.of(new MetaHints(title, author, date, url, source));
    }

    private static List<Block> blocks(String s, List<Line> lines) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (blank(s, lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && !blank(s, lines.get(j))) {
                j++;
            }
            List<Line> run = lines.subList(i, j);
            if (hardWrapped(s, run)) {
                out.add(block(s, run.get(0).start, run.get(run.size() - 1).end));
            } else {
                for (Line l : run) {
                    out.add(block(s, l.start, l.end));
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * A run of lines is one paragraph wrapped by an editor when every line after the first continues a sentence
     * (starts in lower case), or when it has three or more lines of similar middling length (a fixed wrap width).
     */
    private static boolean hardWrapped(String s, List<Line> run) {
        if (run.size() < 2) {
            return false;
        }
        boolean continued = true;
        for (int k = 1; k < run.size(); k++) {
            String t = s.substring(run.get(k).start, run.get(k).end).strip();
            continued &= !t.isEmpty() && Character.isLowerCase(t.charAt(0));
        }
        if (continued) {
            return true;
        }
        if (run.size() < 3) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int k = 0; k < run.size() - 1; k++) {
            int len = s.substring(run.get(k).start, run.get(k).end).strip().length();
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        return min >= 40 && max <= 120 && max - min <= 25;
    }

    private static Block block(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        String text = s.substring(start, end);
        boolean bullet = !text.isEmpty() && "•·▪●◦‣*-–".indexOf(text.charAt(0)) >= 0;
        Block.Kind kind = bullet ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
        return new Block(text, start, kind, 0, false);
    }
}
