package io.geowire.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile news-like input for soak runs: articles mixed from real sentences of our own corpora,
 * with past and future dates, year ranges and target years, odd numbers and Unicode, sizes from one line to 1 MB,
 * exact and spun duplicates, malformed and deeply nested HTML, JSON Lines with malformed lines, gzip files, empty
 * and binary files, and a gzip decompression bomb. Everything is drawn from one {@link Random}: the same seed,
 * sentences and settings give the same bytes.
 *
 * <p>The {@code count} is the number of inputs ingestion should see apart from the bombs (one per file, one per
 * line of a JSON Lines file); a bomb is one file whose lines may count one by one or as one rejected file.
 */
final class SoakCorpusGenerator {

    /** What one input is; the weights say how often each appears. */
    enum Kind {
        TEXT("text", 40), LARGE("large", 4), ONE_LINE("one-line", 4), EXACT_DUPLICATE("exact-duplicate", 5),
        SPUN_DUPLICATE("spun-duplicate", 5), HTML("html", 8), MALFORMED_HTML("malformed-html", 6),
        DEEP_HTML("deep-html", 2), JSON_LINES("jsonl", 12), GZIP("gzip", 6), EMPTY("empty", 3),
        BINARY("binary", 3), ENCODING("encoding", 2);

        final String label;
        final int defaultWeight;

        Kind(String label, int defaultWeight) {
            this.label = label;
            this.defaultWeight = defaultWeight;
        }

        static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + label + "' (kinds: " + labels() + ")");
        }

        static String labels() {
            return String.join(", ", java.util.Arrays.stream(values()).map(k -> k.label).toList());
        }
    }

    /** How many inputs of each kind to write out of {@code count}, and the bombs. */
    record Settings(int count, long seed, Map<Kind, Integer> weights, int bombs, int bombMegabytes) {

        static Map<Kind, Integer> defaultWeights() {
            Map<Kind, Integer> w = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                w.put(k, k.defaultWeight);
            }
            return w;
        }

        /** The default weights with those named in {@code mix} ("text=40,html=0,...") replaced. */
        static Map<Kind, Integer> weights(String mix) {
            Map<Kind, Integer> w = defaultWeights();
            if (mix == null || mix.isBlank()) {
                return w;
            }
            for (String part : mix.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2 || !kv[1].strip().matches("\\d+")) {
                    throw new IllegalArgumentException("mix entries are KIND=WEIGHT, got '" + part + "'");
                }
                w.put(Kind.of(kv[0]), Integer.parseInt(kv[1].strip()));
            }
            return w;
        }
    }

    /** What was written: inputs and files per kind, bytes, and the bombs' lines. */
    record Report(Path folder, Map<Kind, Integer> inputs, Map<Kind, Integer> files, long bytes, int bombs,
            int bombLines) {

        int regularInputs() {
            return inputs.values().stream().mapToInt(Integer::intValue).sum();
        }

        int totalFiles() {
            return files.values().stream().mapToInt(Integer::intValue).sum() + bombs;
        }

        /** Fewest inputs ingestion can report: each bomb rejected as one file. */
        int minInputs() {
            return regularInputs() + bombs;
        }

        /** Most inputs ingestion can report: each line of each bomb read as an article. */
        int maxInputs() {
            return regularInputs() + bombs * bombLines;
        }
    }

    private static final int MEGABYTE = 1 << 20;
    private static final int[] HTML_DEPTHS = {600, 2_000, 5_000, 20_000};

    private final List<String> sentences;
    private final Random random;
    private final SoakText text;
    private final Settings settings;
    private final List<String> originals = new ArrayList<>();
    private final Map<Kind, Integer> inputs = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> files = new EnumMap<>(Kind.class);
    private long bytes;

    SoakCorpusGenerator(List<String> sentences, Settings settings) {
        this.sentences = List.copyOf(sentences);
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.text = new SoakText(random);
    }

    /** Writes the inputs into {@code folder} (created; it must not hold files already). */
    Report write(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var existing = Files.list(folder)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty; give a new or empty folder");
            }
        }
        int index = 0;
        for (Job job : plan()) {
            writeOne(folder, index++, job.kind(), job.inputs());
        }
        int bombLines = settings.bombMegabytes();
        for (int b = 0; b < settings.bombs(); b++) {
            writeBomb(folder.resolve(String.format(Locale.ROOT, "%05d-bomb.jsonl.gz", index++)), bombLines);
        }
        return new Report(folder, new EnumMap<>(inputs), new EnumMap<>(files), bytes, settings.bombs(), bombLines);
    }

    /** One file to write: its kind and how many inputs it holds (JSON Lines: one per line). */
    private record Job(Kind kind, int inputs) {
    }

    /**
     * Files in the proportions of the weights (counted in inputs), shuffled; the first one is always a plain
     * text, so duplicates have an original before them.
     */
    private List<Job> plan() {
        Map<Kind, Integer> weights = settings.weights();
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("the mix has no positive weight");
        }
        List<Job> plan = new ArrayList<>();
        int planned = 0;
        for (Kind k : Kind.values()) {
            long n = Math.min(Math.round((double) settings.count() * weights.getOrDefault(k, 0) / total),
                    settings.count() - planned);
            planned += addJobs(plan, k, (int) n);
        }
        Kind filler = weights.getOrDefault(Kind.TEXT, 0) > 0 ? Kind.TEXT : plan.isEmpty() ? Kind.TEXT
                : plan.get(0).kind();
        addJobs(plan, filler, settings.count() - planned);
        Collections.shuffle(plan, random);
        int firstText = plan.stream().map(Job::kind).toList().indexOf(Kind.TEXT);
        if (firstText > 0) {
            Collections.swap(plan, 0, firstText);
        }
        return plan;
    }

    /** {@code n} inputs of one kind; JSON Lines inputs go two to eight to a file. */
    private int addJobs(List<Job> plan, Kind kind, int n) {
        int left = n;
        while (left > 0) {
            int inputs = kind == Kind.JSON_LINES ? Math.min(left, 2 + random.nextInt(7)) : 1;
            plan.add(new Job(kind, inputs));
            left -= inputs;
        }
        return n;
    }

    private void writeOne(Path folder, int index, Kind kind, int lines) throws IOException {
        String stem = String.format(Locale.ROOT, "%05d-%s", index, kind.label);
        switch (kind) {
            case TEXT -> save(folder.resolve(stem + ".txt"), original(textArticle()));
            case LARGE -> save(folder.resolve(stem + ".txt"), largeArticle());
            case ONE_LINE -> save(folder.resolve(stem + ".txt"), oneLine());
            case EXACT_DUPLICATE -> save(folder.resolve(stem + pick(".txt", ".md", ".text")), earlierOriginal());
            case SPUN_DUPLICATE -> save(folder.resolve(stem + ".txt"), text.spun(earlierOriginal()));
            case HTML -> save(folder.resolve(stem + ".html"), htmlPage(false));
            case MALFORMED_HTML -> save(folder.resolve(stem + ".html"), htmlPage(true));
            case DEEP_HTML -> save(folder.resolve(stem + ".html"), deepHtml());
            case JSON_LINES -> save(folder.resolve(stem + ".jsonl"), jsonLines(lines));
            case GZIP -> writeGzip(folder, stem);
            case EMPTY -> save(folder.resolve(stem + ".txt"), pick("", "   \n\n \t\n", "\ufeff", "\n\n\n"));
            case BINARY -> saveBytes(folder.resolve(stem + pick(".txt", ".bin", ".html")), binary());
            case ENCODING -> writeEncoded(folder, stem);
        }
        inputs.merge(kind, lines, Integer::sum);
        files.merge(kind, 1, Integer::sum);
    }

    /** A text article written before (one written now when the mix has no plain texts). */
    private String earlierOriginal() {
        return originals.isEmpty() ? original(textArticle()) : text.pick(originals);
    }

    private String original(String article) {
        originals.add(article);
        return article;
    }

    // ---- articles

    private String textArticle() {
        StringBuilder b = new StringBuilder();
        String title = title();
        LocalDate published = text.publicationDate();
        switch (random.nextInt(5)) {
            case 0 -> b.append(title).append('\n').append("Published: ").append(text.formatted(published));
            case 1 -> b.append(title).append(" | Soak Wire\n").append(text.formatted(published));
            case 2 -> b.append(title).append('\n').append(text.formatted(published)).append("\nBy Soak Desk");
            case 3 -> b.append(title);
            default -> b.append(text.formatted(published));
        }
        b.append("\n\n").append(body(3 + random.nextInt(18)));
        return b.toString();
    }

    /** Paragraphs of one to four sentences, some of them changed by {@link #hostile}. */
    private String body(int sentenceCount) {
        StringBuilder b = new StringBuilder();
        int inParagraph = 0;
        int paragraphLength = 1 + random.nextInt(4);
        for (int i = 0; i < sentenceCount; i++) {
            if (inParagraph == paragraphLength) {
                b.append("\n\n");
                inParagraph = 0;
                paragraphLength = 1 + random.nextInt(4);
            } else if (inParagraph > 0) {
                b.append(' ');
            }
            b.append(hostile(text.pick(sentences)));
            inParagraph++;
        }
        return b.append('\n').toString();
    }

    private String hostile(String sentence) {
        return switch (random.nextInt(12)) {
            case 0, 1 -> text.datedSentence();
            case 2 -> text.yearless(sentence);
            case 3 -> text.renumbered(sentence);
            case 4 -> text.unicodeNoise(sentence);
            case 5 -> text.unicodeNoise(text.yearless(sentence));
            default -> sentence;
        };
    }

    private String title() {
        String[] words = text.pick(sentences).replaceAll("[.!?\"'\u201c\u201d]", "").split("\\s+");
        int n = Math.min(words.length, 4 + random.nextInt(7));
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /** Between 32 KB and 1 MB (log-uniform): many paragraphs, one long line, or a huge token inside. */
    private String largeArticle() {
        int target = (int) Math.round(Math.exp(Math.log(32 * 1024) + random.nextDouble() * Math.log(32)));
        target = Math.min(target, MEGABYTE);
        StringBuilder b = new StringBuilder(textArticle());
        int shape = random.nextInt(3);
        while (b.length() < target) {
            if (shape == 2 && random.nextInt(20) == 0) {
                b.append(' ').append(text.longToken(Math.min(target - b.length() + 1, 200_000)));
            }
            b.append(shape == 1 ? " " : "\n\n").append(body(4 + random.nextInt(8)).strip());
        }
        return b.substring(0, Math.min(b.length(), MEGABYTE));
    }

    private String oneLine() {
        return switch (random.nextInt(4)) {
            case 0 -> hostile(text.pick(sentences));
            case 1 -> text.formatted(text.publicationDate());
            case 2 -> title();
            default -> body(6 + random.nextInt(10)).replace("\n\n", " ").strip();
        };
    }

    // ---- HTML

    private String htmlPage(boolean malformed) {
        String title = title();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        b.append("<title>").append(escape(title)).append("</title>");
        b.append("<meta property=\"article:published_time\" content=\"").append(text.publicationDate())
                .append("\"></head>\n<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>\n");
        b.append("<article><h1>").append(escape(title)).append("</h1>\n");
        for (String paragraph : body(4 + random.nextInt(14)).split("\n\n")) {
            b.append(malformed && random.nextInt(3) == 0 ? breakage() : "");
            b.append("<p>").append(escape(paragraph.strip())).append(malformed && random.nextBoolean() ? "" : "</p>")
                    .append('\n');
        }
        b.append(malformed ? pick("</div></span></article>", "<article", "<!-- never closed", "<script>var x = '")
                : "</article>");
        b.append("\n<footer>All rights reserved</footer></body></html>\n");
        return b.toString();
    }

    private String breakage() {
        return pick("<div class=\"x", "<b><i>bold</b> italic</i>", "</span></td>", "<<p>>", "&#xD800; &#99999999; &amp",
                "<table><tr><td>cell", "<p <p <p>", "<a href='javascript:alert(1)'>", "<svg><foreignObject><p>",
                "<![CDATA[ unfinished", "<?xml version='1.0'?>", "<div style=\"" + "x".repeat(5_000) + "\">");
    }

    /** The article's paragraphs under hundreds to tens of thousands of nested elements. */
    private String deepHtml() {
        int depth = HTML_DEPTHS[random.nextInt(HTML_DEPTHS.length)];
        String tag = pick("div", "span", "blockquote", "section");
        boolean closed = random.nextBoolean();
        StringBuilder b = new StringBuilder("<html><head><title>").append(escape(title())).append("</title></head><body>");
        b.append(("<" + tag + ">").repeat(depth));
        for (String paragraph : body(4 + random.nextInt(8)).split("\n\n")) {
            b.append("<p>").append(escape(paragraph.strip())).append("</p>\n");
        }
        if (closed) {
            b.append(("</" + tag + ">").repeat(depth));
        }
        return b.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- JSON Lines

    /** Two to eight lines: about two in three are articles (some as HTML), the rest malformed in some way. */
    private String jsonLines(int lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append(random.nextInt(3) == 0 ? malformedJson() : jsonArticle()).append('\n');
            if (random.nextInt(6) == 0) {
                b.append('\n'); // blank lines are not records
            }
        }
        return b.toString();
    }

    private String jsonArticle() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(pick("title", "headline"), title());
        m.put(pick("published", "date", "published_at"), random.nextInt(4) == 0 ? text.formatted(text.futureDate())
                : text.formatted(text.publicationDate()));
        m.put("url", "https://soak.example/" + random.nextInt(1_000_000));
        String body = body(3 + random.nextInt(12));
        m.put(pick("text", "body", "content"), random.nextInt(4) == 0
                ? "<p>" + escape(body).replace("\n\n", "</p><p>") + "</p>" : body);
        return Json.line(m);
    }

    private String malformedJson() {
        return switch (random.nextInt(12)) {
            case 0 -> Json.line(Map.of("text", text.pick(sentences))).substring(0, 20);
            case 1 -> "[1, 2, 3]";
            case 2 -> "\"just a string\"";
            case 3 -> Json.line(Map.of("title", title()));
            case 4 -> "{\"text\": 42, \"title\": null}";
            case 5 -> "[".repeat(5_000 + random.nextInt(5_000)) + "]".repeat(100);
            case 6 -> "{\"text\": \"bad escape \\x41 " + text.pick(sentences) + "\"}";
            case 7 -> "{'text': '" + text.pick(sentences) + "',}";
            case 8 -> "{\"text\": NaN, \"published\": 2031-13-45}";
            case 9 -> "{\"text\": \"\\ud800 lone surrogate " + text.pick(sentences) + "\"}";
            case 10 -> "{\"text\": \"raw\u0001control\u0007chars " + text.pick(sentences) + "\"}";
            default -> "{\"text\": {\"nested\": {\"deeper\": [\"" + text.pick(sentences) + "\"]}}}";
        };
    }

    // ---- gzip, encodings, binary, bombs

    private void writeGzip(Path folder, String stem) throws IOException {
        int shape = random.nextInt(6);
        String article = shape == 0 ? htmlPage(false) : textArticle();
        byte[] gz = gzip(article.getBytes(StandardCharsets.UTF_8));
        if (shape == 5) {
            gz = java.util.Arrays.copyOf(gz, gz.length / 2); // truncated: a corrupt gzip
        }
        String name = shape == 0 ? stem + ".html.gz" : shape == 4 ? stem + ".txt" : stem + ".txt.gz";
        saveBytes(folder.resolve(name), gz); // shape 4: gzip magic bytes behind a .txt name
    }

    /** A text article in windows-1252, UTF-16 with a byte-order mark, or with invalid UTF-8 bytes mixed in. */
    private void writeEncoded(Path folder, String stem) throws IOException {
        String article = textArticle().replace("'", "\u2019").replace(" - ", " \u2013 ");
        byte[] data = switch (random.nextInt(3)) {
            case 0 -> article.getBytes(Charset.forName("windows-1252"));
            case 1 -> utf16WithBom(article);
            default -> withInvalidUtf8(article.getBytes(StandardCharsets.UTF_8));
        };
        saveBytes(folder.resolve(stem + ".txt"), data);
    }

    private byte[] binary() {
        byte[] data = new byte[256 + random.nextInt(64 * 1024)];
        random.nextBytes(data);
        if (random.nextBoolean()) {
            // control characters without NUL bytes: the other binary check
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (1 + Math.floorMod(data[i], 31));
            }
        }
        return data;
    }

    /**
     * A JSON Lines gzip of {@code lines} articles of 1 MB each, all one repeated sentence: about a thousand times
     * smaller than what it inflates to.
     */
    private void writeBomb(Path file, int lines) throws IOException {
        String sentence = text.pick(sentences);
        StringBuilder filler = new StringBuilder(MEGABYTE);
        while (filler.length() < MEGABYTE - 200) {
            filler.append(sentence).append(' ');
        }
        byte[] line = (Json.line(Map.of("title", "Bomb line", "text", filler.toString())) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        }
        bytes += Files.size(file);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf16WithBom(String s) {
        return s.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian byte-order mark first
    }

    private byte[] withInvalidUtf8(byte[] data) {
        byte[] out = data.clone();
        for (int i = 0; i < 1 + random.nextInt(5) && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) (int) pick(0xC3, 0xED, 0xFF, 0x80, 0x93);
        }
        return out;
    }

    private void save(Path file, String content) throws IOException {
        saveBytes(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private void saveBytes(Path file, byte[] data) throws IOException {
        Files.write(file, data);
        bytes += data.length;
    }

    @SafeVarargs
    private <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }
}
