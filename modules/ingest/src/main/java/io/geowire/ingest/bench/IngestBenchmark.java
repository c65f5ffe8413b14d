package io.geowire.ingest.bench;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.Ingestor;
import io.geowire.ingest.internal.Lexicon;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates a corpus of the given size in a temporary folder (text pages with menus and footers, HTML pages, JSON
 * Lines feeds; a few exact copies) and measures how fast {@link Ingestor} reads it, as {@code inspect} would.
 * Run: {@code java -cp <classpath> io.geowire.ingest.bench.IngestBenchmark [MB]}.
 */
public final class IngestBenchmark {
    private static final String[] CONTENT = ("port harbour grain ship vessel union strike minister ministry pipeline "
            + "oil gas export import border railway route corridor treaty sanction summit president parliament "
            + "council governor farmer harvest price market bank loan budget tax reform election vote party "
            + "coalition protest court ruling judge law contract company investor factory plant energy grid solar "
            + "wind coal river bridge road tunnel airport flight cargo freight container terminal crane worker "
            + "salary inflation currency reserve deficit growth forecast report analyst official spokesman "
            + "statement interview agreement talks negotiation deadline delay shortage supply demand drought "
            + "flood storm damage repair weeks months spring autumn winter summer northern southern eastern "
            + "western capital province region district village city town coast island valley desert").split(" ");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private IngestBenchmark() {
    }

    /** Bytes ingested before the measured rounds of each setting: the benchmark's corpus is large already. */
    private static final long WARM_UP_BYTES = 30L * 1024 * 1024;
    private static final int MEASURED_ROUNDS = 3;

    /**
     * What one measurement found: the median round ({@code measuredRounds} 1 and {@code warmUpRounds} 0 for a lone
     * round).
     */
    public record Result(long files, IngestSummary summary, long cpuNanos, int warmUpRounds, int measuredRounds) {
        Result(long files, IngestRounds.Round round) {
            this(files, round.summary(), round.cpuNanos(), 0, 1);
        }

        Result(long files, IngestRounds.Round median, int warmUpRounds, int measuredRounds) {
            this(files, median.summary(), median.cpuNanos(), warmUpRounds, measuredRounds);
        }

        /** MB per second of CPU time of the ingesting thread: unlike wall time, not skewed by other load. */
        public double megabytesPerCpuSecond() {
            return summary.bytes() / 1e6 / (Math.max(cpuNanos, 1) / 1e9);
        }

        public String describe() {
            return String.format(Locale.ROOT, "%d files, %d articles (%d ok, %d duplicates, %d dead letters), "
                            + "%.1f MB in %.2f s: %.1f MB/s wall, %.0f articles/s; %.2f s CPU: %.1f MB/s per core",
                    files, summary.inputs(), summary.ok(), summary.duplicates(), summary.deadLetters(),
                    summary.bytes() / 1e6, summary.elapsed().toNanos() / 1e9, summary.megabytesPerSecond(),
                    summary.inputs() / (summary.elapsed().toNanos() / 1e9), cpuNanos / 1e9, megabytesPerCpuSecond())
                    + (measuredRounds > 1 ? String.format(Locale.ROOT, " (median of %d rounds after %d warm-up rounds)",
                    measuredRounds, warmUpRounds) : "");
        }
    }

    public static void main(String[] args) {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        run(mb, System.out);
    }

    /** Generates about {@code targetMb} MB, ingests it (after a short warm-up) and prints the throughput. */
    public static Result run(double targetMb, PrintStream out) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("geowire-ingest-bench");
            long files = generate(dir, (long) (targetMb * 1_000_000), new Random(42));
            out.printf(Locale.ROOT, "generated %d files (%.1f MB) in %s%n", files, targetMb, dir);
            // the first pass is mostly the JIT compiling the hot paths (and the OS caching the files); the figures
            // are medians of rounds after warm-up rounds (IngestRounds)
            List<String> paths = List.of(dir.toString());
            IngestRounds.Round cold = IngestRounds.round(paths, IngestOptions.defaults(), a -> { });
            out.println("ingest (first round, cold JIT):  " + new Result(files, cold).describe());
            Result without = measure(paths, files, IngestOptions.defaults().withDetectLanguage(false));
            out.println("ingest (language detection off): " + without.describe());
            Result withLanguage = measure(paths, files, IngestOptions.defaults());
            out.println("ingest (language detection on):  " + withLanguage.describe());
            return withLanguage;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Rounds after warm-up ones; the round of median CPU time, and how many rounds it is the median of. */
    private static Result measure(List<String> paths, long files, IngestOptions options) {
        IngestRounds.Result rounds = IngestRounds.afterFirst(paths, options,
                IngestRounds.round(paths, options, a -> { }), 0, WARM_UP_BYTES, MEASURED_ROUNDS);
        return new Result(files, rounds.medianByCpu(), rounds.warmUpRounds() + 1, rounds.measured().size());
    }

    private static long generate(Path dir, long targetBytes, Random random) throws IOException {
        Files.createDirectories(dir.resolve("txt"));
        Files.createDirectories(dir.resolve("html"));
        Files.createDirectories(dir.resolve("jsonl"));
        long written = 0;
        long files = 0;
        List<String> recent = new ArrayList<>();
        StringBuilder feed = new StringBuilder();
        int n = 0;
        while (written < targetBytes) {
            String article = recent.size() > 10 && random.nextInt(40) == 0
                    ? recent.get(random.nextInt(recent.size())) : article(random);
            recent.add(article);
            if (recent.size() > 50) {
                recent.remove(0);
            }
            int kind = random.nextInt(10);
            String name = String.format(Locale.ROOT, "%07d", n++);
            byte[] bytes;
            if (kind < 5) {
                bytes = textPage(article, random).getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve("txt").resolve(name + ".txt"), bytes);
                files++;
            } else if (kind < 8) {
                bytes = htmlPage(article, random).getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve("html").resolve(name + ".html"), bytes);
                files++;
            } else {
                String line = "{\"title\":\"Report " + name + "\",\"published\":\"2023-0" + (1 + random.nextInt(9))
                        + "-1" + random.nextInt(10) + "\",\"text\":\"" + article.replace("\n", "\\n") + "\"}\n";
                feed.append(line);
                bytes = line.getBytes(StandardCharsets.UTF_8);
                if (feed.length() > 200_000) {
                    Files.writeString(dir.resolve("jsonl").resolve(name + ".jsonl"), feed);
                    feed.setLength(0);
                    files++;
                }
            }
            written += bytes.length;
        }
        if (feed.length() > 0) {
            Files.writeString(dir.resolve("jsonl").resolve("last.jsonl"), feed);
            files++;
        }
        return files;
    }

    /** Random prose with English function-word statistics, so that articles differ in structure as real ones do. */
    private static String article(Random random) {
        List<String> stop = new ArrayList<>(Lexicon.get().stopwords("en"));
        stop.sort(Comparator.naturalOrder());
        StringBuilder sb = new StringBuilder();
        int paragraphs = 4 + random.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                int words = 12 + random.nextInt(20);
                for (int w = 0; w < words; w++) {
                    String word = random.nextDouble() < 0.45 ? stop.get(random.nextInt(stop.size()))
                            : CONTENT[random.nextInt(CONTENT.length)];
                    sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    sb.append(w == words - 1 ? "" : " ");
                }
                if (random.nextInt(6) == 0) {
                    sb.append(" on ").append(MONTHS[random.nextInt(12)]).append(' ').append(1 + random.nextInt(28));
                }
                sb.append(". ");
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private static String textPage(String article, Random random) {
        return "Home\nWorld\nBusiness\nSport\n  • Opinion\n\nHeadline number " + random.nextInt(100000) + "\n"
                + MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)) + ", 2023\n\n" + article
                + "Share\nFollow us on Twitter\n© 2023 Example Media. All rights reserved.\n";
    }

    private static String htmlPage(String article, Random random) {
        StringBuilder body = new StringBuilder();
        for (String p : article.split("\n\n")) {
            if (!p.isBlank()) {
                body.append("<p>").append(p).append("</p>\n");
            }
        }
        return "<!DOCTYPE html><html><head><title>Story " + random.nextInt(100000) + " | Example Times</title>"
                + "<meta name=\"author\" content=\"Sam Example\"><meta property=\"article:published_time\" "
                + "content=\"2023-05-0" + (1 + random.nextInt(9)) + "T10:00:00Z\"></head><body><nav><ul>"
                + "<li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li></ul></nav><article><h1>Story</h1>"
                + body + "</article><footer>© 2023 Example Times</footer></body></html>\n";
    }

    /** Removes a benchmark's temp folder (also used by {@link HostileInputBenchmark}). */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
