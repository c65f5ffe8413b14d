package io.geowire.ingest.bench;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Generates inputs that have hurt ingestion (a gzip bomb, 20,000 nested divs, a 1 MB line without a space, ...) and
 * prints, for each, how long ingesting it took and what came out. Figures, not assertions: the unit tests check the
 * outcome, this shows the cost. Run: {@code ./geowire bench ingest --hostile}.
 */
public final class HostileInputBenchmark {
    private static final String SENTENCE = "The minister said on Tuesday that the port would reopen to grain ships. ";

    private HostileInputBenchmark() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** One generated input: its file name and how to write it. */
    private record Case(String file, Writer writer) {
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    public static void run(PrintStream out) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("geowire-hostile");
            List<Case> cases = cases();
            for (Case c : cases) {
                c.writer().write(dir.resolve(c.file()));
            }
            IngestOptions options = IngestOptions.defaults();
            out.printf(Locale.ROOT, "limits: %s%n", options.limits().describe());
            // warm-up on an ordinary article so the first case does not pay for class loading and the JIT
            ingest(options, writeWarmUp(dir));
            for (Case c : cases) {
                Path file = dir.resolve(c.file());
                long start = System.nanoTime();
                List<IngestedArticle> articles = new ArrayList<>();
                IngestSummary s = new Ingestor(options).ingest(List.of(file.toString()), articles::add);
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "%-24s %9.1f KB on disk  %6.2f s  %d in = %d ok + %d dup + %d dead  %s%n",
                        c.file(), Files.size(file) / 1024.0, seconds, s.inputs(), s.ok(), s.duplicates(),
                        s.deadLetters(), outcome(articles));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IngestBenchmark.delete(dir);
        }
    }

    private static IngestSummary ingest(IngestOptions options, Path file) {
        return new Ingestor(options).ingest(List.of(file.toString()), a -> { });
    }

    private static Path writeWarmUp(Path dir) throws IOException {
        Path file = dir.resolve("warm-up.txt");
        Files.writeString(file, SENTENCE.repeat(20) + "\n\n" + SENTENCE.repeat(10));
        return file;
    }

    private static String outcome(List<IngestedArticle> articles) {
        IngestedArticle last = articles.get(articles.size() - 1);
        if (last.status() == IngestStatus.DEAD_LETTER) {
            return "dead letter: " + last.reason();
        }
        return last.status() + " (" + last.text().length() + " chars of text)";
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // the user's file: 300 JSON lines of 1 MB each, gzipped to about 300 KB
        cases.add(new Case("bomb.jsonl.gz", file -> {
            String line = "{\"title\":\"t\",\"text\":\"" + SENTENCE.repeat(1_000_000 / SENTENCE.length()) + "\"}\n";
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 65536)) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 300; i++) {
                    gz.write(bytes);
                }
            }
        }));
        cases.add(new Case("bomb.html.gz", file -> {
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 65536)) {
                byte[] p = ("<p>" + SENTENCE + "</p>\n").getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 300_000_000 / p.length; i++) {
                    gz.write(p);
                }
            }
        }));
        cases.add(new Case("deep-20000.html", file -> Files.writeString(file, "<html><body>"
                + "<div>".repeat(20_000) + SENTENCE.repeat(10) + "</div>".repeat(20_000) + "</body></html>")));
        cases.add(new Case("one-line-1mb.txt", file -> Files.writeString(file,
                SENTENCE.repeat(1_000_000 / SENTENCE.length()))));
        cases.add(new Case("no-space-1mb.txt", file -> Files.writeString(file, "a".repeat(1_000_000))));
        cases.add(new Case("no-space-1mb.html", file -> Files.writeString(file, "<html><body><p>" + SENTENCE
                + "</p><p>" + "x".repeat(1_000_000) + "</p></body></html>")));
        cases.add(new Case("no-space-1mb.jsonl", file -> Files.writeString(file, "{\"text\":\"" + SENTENCE
                + "y".repeat(1_000_000) + "\"}\n")));
        cases.add(new Case("paragraphs-80k.txt", file -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 80_000; i++) {
                sb.append("Paragraph ").append(i).append(" says the port reopened.\n\n");
            }
            Files.writeString(file, sb);
        }));
        cases.add(new Case("paragraphs-80k.html", file -> {
            StringBuilder sb = new StringBuilder("<html><body>");
            for (int i = 0; i < 80_000; i++) {
                sb.append("<p>Paragraph ").append(i).append(" says the port reopened.</p>");
            }
            Files.writeString(file, sb.append("</body></html>"));
        }));
        cases.add(new Case("nul-bytes.txt", file -> Files.writeString(file, SENTENCE.repeat(5) + "\0\0\0"
                + SENTENCE.repeat(5))));
        cases.add(new Case("invalid-utf8.txt", file -> {
            byte[] text = SENTENCE.repeat(5).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[text.length + 3];
            System.arraycopy(text, 0, bytes, 0, text.length);
            bytes[text.length] = (byte) 0xC3;
            bytes[text.length + 1] = (byte) 0x28; // an invalid continuation byte
            bytes[text.length + 2] = (byte) 0xFF;
            Files.write(file, bytes);
        }));
        cases.add(new Case("rtl-zero-width-emoji.txt", file -> Files.writeString(file,
                ("\u202Eتقرير\u202C \u200B\u200D" + SENTENCE + "\uD83C\uDF0D\uFE0F \u2066x\u2069 ").repeat(20))));
        cases.add(new Case("zero-width-1mb.txt", file -> Files.writeString(file,
                SENTENCE + "\u200B".repeat(500_000))));
        return cases;
    }
}
