package io.geowire.ingest.internal;

import io.geowire.ingest.IngestException;
import io.geowire.ingest.IngestLimits;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.internal.ArticleAssembler.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Finds the input files of a run and reads each into articles, turning every failure into a dead letter. */
public final class SourceFiles {
    public static final String STDIN = "-";

    private final IngestOptions options;
    private final ArticleAssembler assembler;

    enum Format { TEXT, HTML, JSONL }

    /**
     * One input: {@code display} is the path as given (or as found under a folder), {@code path} null for stdin,
     * {@code missing} the reason it cannot even be looked at.
     */
    public record Input(String display, String article, Path path, String missing) {
    }

    public SourceFiles(IngestOptions options, ArticleAssembler assembler) {
        this.options = options;
        this.assembler = assembler;
    }

    /** Expands folders (sorted, hidden files skipped); throws when no path yields anything to read. */
    public List<Input> resolve(List<String> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new IngestException("no input given: name files, folders or - for stdin");
        }
        List<Input> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String given : paths) {
            if (STDIN.equals(given)) {
                out.add(new Input(STDIN, "stdin", null, null));
                continue;
            }
            Path p = Path.of(given);
            if (Files.isDirectory(p)) {
                List<Input> found = walk(p);
                if (found.isEmpty()) {
                    problems.add(given + ": folder contains no files");
                }
                out.addAll(found);
            } else if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                out.add(new Input(given, fileName(p), p, null));
            } else {
                problems.add(given + ": no such file or folder");
                out.add(new Input(given, fileName(p), p, "not found: no such file or folder"));
            }
        }
        if (out.stream().allMatch(i -> i.missing() != null)) {
            throw new IngestException("nothing to read: " + String.join("; ", problems));
        }
        return out;
    }

    /** Files under a folder in sorted order; a file or subfolder that cannot be listed or read becomes a dead letter. */
    private static List<Input> walk(Path dir) {
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(dir.relativize(d)) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!hidden(dir.relativize(f))) {
                        found.add(new Input(f.toString(), fileName(f), f, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (!hidden(dir.relativize(f))) {
                        found.add(new Input(f.toString(), fileName(f), f, "unreadable: " + describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new IngestException("cannot list folder " + dir + ": " + e.getMessage());
        }
        found.sort(java.util.Comparator.comparing(Input::path));
        return found;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }

    /** Reads one input and emits its articles; returns the bytes read. Never throws. */
    public long read(Input in, Supplier<InputStream> stdin, Consumer<IngestedArticle> sink) {
        Origin nameOnly = new Origin(in.article(), in.display(), null, in.display(), true, null);
        if (in.missing() != null) {
            sink.accept(assembler.deadLetter(nameOnly, in.missing(), null));
            return 0;
        }
        try {
            if (in.path() != null && formatOf(in.article(), null) == Format.JSONL) {
                return new JsonLinesFile(options, assembler, this::jsonLine).read(in, sink);
            }
            Cap cap = wholeInputCap(in.article());
            byte[] raw = in.path() == null ? readCapped(stdin.get(), cap) : readFile(in, cap, sink);
            if (raw != null) {
                readBytes(in, raw, sink);
                return raw.length;
            }
            return 0;
        } catch (InputReader.TooLargeException e) {
            sink.accept(assembler.deadLetter(nameOnly, e.getMessage(), null));
        } catch (AccessDeniedException e) {
            sink.accept(assembler.deadLetter(nameOnly, "unreadable: permission denied", null));
        } catch (NoSuchFileException e) {
            sink.accept(assembler.deadLetter(nameOnly, "unreadable: no such file (dangling link?)", null));
        } catch (SinkFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            sink.accept(assembler.deadLetter(nameOnly, "unreadable: " + describe(e), null));
        }
        return 0;
    }

    // compiled once: String.replaceFirst and String.matches compiled them on every call, four times per file
    private static final Pattern GZ_SUFFIX = Pattern.compile("\\.gz$");
    private static final Pattern ONE_ARTICLE_NAME = Pattern.compile(".*\\.(html?|xhtml|txt|text|md)$");

    /** How many bytes a whole input may have, and the name of that limit in a dead-letter reason. */
    private record Cap(long bytes, String name) {
    }

    /**
     * A file whose name says it holds one article (.html, .txt...) may be no larger than a record; stdin and files
     * of unknown type may turn out to be JSON Lines, so they get the file limit and each line the record limit.
     */
    private Cap wholeInputCap(String name) {
        String n = GZ_SUFFIX.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("");
        boolean oneArticle = ONE_ARTICLE_NAME.matcher(n).matches();
        return oneArticle ? new Cap(options.limits().maxRecordBytes(), "record")
                : new Cap(options.limits().maxFileBytes(), "file");
    }

    private byte[] readCapped(InputStream in, Cap cap) throws IOException {
        return SizeGuard.open(in, false, cap.bytes(), cap.name(), options.limits().maxCompressionRatio())
                .readAllBytes();
    }

    private byte[] readFile(Input in, Cap cap, Consumer<IngestedArticle> sink) throws IOException {
        long size = Files.size(in.path());
        if (size > cap.bytes()) {
            // known before reading a byte: say how large it is
            Origin o = new Origin(in.article(), in.display(), null, in.display(), true, null);
            sink.accept(assembler.deadLetter(o, "size " + approximate(size) + " is over the "
                    + IngestLimits.size(cap.bytes()) + " " + cap.name() + " limit", null));
            return null;
        }
        try (InputStream file = Files.newInputStream(in.path())) {
            return readCapped(file, cap);
        }
    }

    /** "3.2 MB", "740.5 KB", "12 bytes": one decimal, so a size just over a limit does not print as the limit. */
    static String approximate(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes >= 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : bytes + " bytes";
    }

    /** Decodes and parses the bytes of one whole input (not JSON Lines files read from disk, which stream). */
    public void readBytes(Input in, byte[] raw, Consumer<IngestedArticle> sink) throws IOException {
        String byteExcerpt = InputReader.byteExcerpt(raw, options.excerptChars());
        Origin rawOrigin = new Origin(in.article(), in.display(), null, byteExcerpt, true, null);
        if (raw.length == 0) {
            sink.accept(assembler.deadLetter(rawOrigin, "empty file", raw));
            return;
        }
        IngestLimits limits = options.limits();
        Cap cap = wholeInputCap(in.article());
        byte[] bytes = raw;
        if (InputReader.isGzip(raw)) {
            try {
                bytes = SizeGuard.open(new java.io.ByteArrayInputStream(raw), true, cap.bytes(), cap.name(),
                        limits.maxCompressionRatio()).readAllBytes();
            } catch (InputReader.TooLargeException e) {
                sink.accept(assembler.deadLetter(rawOrigin, e.getMessage(), raw));
                return;
            } catch (IOException e) {
                sink.accept(assembler.deadLetter(rawOrigin, "corrupt gzip: " + describe(e), raw));
                return;
            }
        }
        if (bytes.length > cap.bytes()) {
            sink.accept(assembler.deadLetter(rawOrigin, "size " + approximate(bytes.length) + " is over the "
                    + IngestLimits.size(cap.bytes()) + " " + cap.name() + " limit", raw));
            return;
        }
        String binary = InputReader.binaryReason(bytes);
        if (binary != null) {
            sink.accept(assembler.deadLetter(rawOrigin, binary, raw));
            return;
        }
        InputReader.Decoded decoded = InputReader.decode(bytes);
        Format format = formatOf(in.article(), decoded.text());
        if (format == Format.HTML) {
            decoded = InputReader.decodeHtml(bytes);
        }
        if (format == Format.JSONL) {
            int lineNo = 0;
            for (String line : decoded.text().split("\\r?\\n", -1)) {
                lineNo++;
                jsonLine(in, lineNo, line, decoded.charset(), sink);
            }
            return;
        }
        if (bytes.length > limits.maxRecordBytes()) {
            sink.accept(assembler.deadLetter(rawOrigin, "size " + approximate(bytes.length) + " is over the "
                    + IngestLimits.size(limits.maxRecordBytes()) + " record limit", raw));
            return;
        }
        Origin origin = new Origin(in.article(), in.display(), decoded.charset(),
                InputReader.textExcerpt(decoded.text(), options.excerptChars()), format == Format.TEXT,
                format == Format.HTML ? "HTML with no article text" : "no article text: only boilerplate lines");
        if (decoded.text().isBlank()) {
            sink.accept(assembler.deadLetter(origin, "empty file: only whitespace", bytes));
            return;
        }
        try {
            ParsedDocument doc = format == Format.HTML ? new HtmlParser(limits.maxHtmlDepth()).parse(decoded.text(), null)
                    : new TextParser().parse(decoded.text());
            sink.accept(assembler.assemble(origin, doc));
        } catch (HtmlParser.TooDeepException e) {
            sink.accept(assembler.deadLetter(origin, e.getMessage(), bytes));
        } catch (SinkFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(assembler.deadLetter(origin, "cannot process: " + describe(e), bytes));
        }
    }

    /** One JSON Lines record; blank lines are not records. Returns whether an article was emitted. */
    boolean jsonLine(Input in, int lineNo, String line, String charset, Consumer<IngestedArticle> sink) {
        if (line.isBlank()) {
            return false;
        }
        jsonRecord(new Origin(in.article() + ":" + lineNo, in.display(), charset,
                InputReader.textExcerpt(line, options.excerptChars()), false, "no article text: only boilerplate"),
                "line " + lineNo + ": ", line, sink);
        return true;
    }

    /**
     * One JSON record that arrived on its own (a Kafka record, say): always exactly one article, a dead letter for
     * an empty, oversized or non-JSON value. Line breaks between JSON tokens are allowed: a record is not a line.
     */
    public void jsonRecord(String article, String display, byte[] value, Consumer<IngestedArticle> sink) {
        byte[] raw = value == null ? new byte[0] : value;
        Origin rawOrigin = new Origin(article, display, null, InputReader.byteExcerpt(raw, options.excerptChars()),
                false, "no article text: only boilerplate");
        long recordLimit = options.limits().maxRecordBytes();
        if (raw.length == 0) {
            sink.accept(assembler.deadLetter(rawOrigin, "empty record", null));
        } else if (raw.length > recordLimit) {
            sink.accept(assembler.deadLetter(rawOrigin, "size " + approximate(raw.length) + " is over the "
                    + IngestLimits.size(recordLimit) + " record limit", null));
        } else {
            InputReader.Decoded decoded = InputReader.decode(raw);
            jsonRecord(new Origin(article, display, decoded.charset(),
                    InputReader.textExcerpt(decoded.text(), options.excerptChars()), false,
                    "no article text: only boilerplate"), "", decoded.text(), sink);
        }
    }

    /** Parses and assembles one JSON record; {@code where} prefixes every dead-letter reason (e.g. "line 3: "). */
    private void jsonRecord(Origin origin, String where, String json, Consumer<IngestedArticle> sink) {
        long recordLimit = options.limits().maxRecordBytes();
        long size = utf8Length(json, recordLimit);
        if (size > recordLimit) {
            sink.accept(assembler.deadLetter(origin, where + "over the " + IngestLimits.size(recordLimit)
                    + " record limit", null));
            return;
        }
        try {
            ParsedDocument doc = new JsonArticleParser(options.limits().maxHtmlDepth()).parse(json);
            sink.accept(assembler.assemble(origin, doc));
        } catch (HtmlParser.TooDeepException e) {
            sink.accept(assembler.deadLetter(origin, where + e.getMessage(), null));
        } catch (JsonArticleParser.BadRecordException e) {
            sink.accept(assembler.deadLetter(origin, where + e.getMessage(), json.getBytes(StandardCharsets.UTF_8)));
        } catch (SinkFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(assembler.deadLetter(origin, where + "cannot process: " + describe(e),
                    json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** UTF-8 length of {@code s}, counted only until it passes {@code stopAbove}. */
    private static long utf8Length(String s, long stopAbove) {
        long n = 0;
        for (int i = 0; i < s.length() && n <= stopAbove; i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static Format formatOf(String name, String text) {
        String n = GZ_SUFFIX.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Format.JSONL;
        }
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || text == null) {
            return Format.TEXT;
        }
        String head = text.stripLeading();
        String lower = head.substring(0, Math.min(head.length(), 1000)).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
                || lower.startsWith("<") && lower.contains("<p>")) {
            return Format.HTML;
        }
        return head.startsWith("{") ? Format.JSONL : Format.TEXT;
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

}
