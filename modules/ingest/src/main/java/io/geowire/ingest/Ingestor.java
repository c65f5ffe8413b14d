package io.geowire.ingest;

import io.geowire.ingest.internal.ArticleAssembler;
import io.geowire.ingest.internal.ArticleAssembler.Origin;
import io.geowire.ingest.internal.InputReader;
import io.geowire.ingest.internal.SinkFailure;
import io.geowire.ingest.internal.SourceFiles;
import io.geowire.ingest.internal.SourceFiles.Input;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads articles from files, folders (recursively, in sorted order) or stdin ("-"): plain text, HTML and JSON Lines,
 * each optionally gzip-compressed. Emits exactly one {@link IngestedArticle} per input article (a file, or a line of
 * a JSON Lines file), whatever its status, so {@code inputs == ok + duplicates + deadLetters}. Bad input becomes a
 * dead letter with a reason; only a run that can read nothing at all throws {@link IngestException}.
 *
 * <p>One instance is one run: it remembers the articles it has seen, so later copies become duplicates. Not
 * thread-safe.
 */
public final class Ingestor {
    private final IngestOptions options;
    private final Supplier<InputStream> stdin;
    private final ArticleAssembler assembler;
    private final SourceFiles files;

    public Ingestor(IngestOptions options) {
        this(options, () -> System.in);
    }

    /** With another stream standing in for stdin (tests, embedding). */
    public Ingestor(IngestOptions options, Supplier<InputStream> stdin) {
        this.options = Objects.requireNonNull(options);
        this.stdin = Objects.requireNonNull(stdin);
        this.assembler = new ArticleAssembler(options);
        this.files = new SourceFiles(options, assembler);
    }

    public IngestSummary ingest(List<String> paths, Consumer<IngestedArticle> sink) {
        return ingest(paths, sink, IngestListener.NONE);
    }

    public IngestSummary ingest(List<String> paths, Consumer<IngestedArticle> sink, IngestListener listener) {
        long start = System.nanoTime();
        List<Input> inputs = files.resolve(paths);
        long[] counts = new long[4]; // ok, duplicates, dead letters, bytes
        Consumer<IngestedArticle> counting = a -> {
            try {
                sink.accept(a);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
            // counted once the consumer has taken it, so a failed hand-over is never counted as ingested
            switch (a.status()) {
                case OK -> counts[0]++;
                case DUPLICATE -> counts[1]++;
                case DEAD_LETTER -> counts[2]++;
            }
            listener.onArticle(a, counts[3]);
        };
        try {
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                listener.onFile(in.display(), i + 1, inputs.size());
                counts[3] += files.read(in, stdin, counting);
            }
        } catch (SinkFailure e) {
            throw e.original();
        }
        long total = counts[0] + counts[1] + counts[2];
        IngestSummary summary = new IngestSummary(total, counts[0], counts[1], counts[2], counts[3],
                Duration.ofNanos(System.nanoTime() - start));
        listener.onFinish(summary);
        return summary;
    }

    /**
     * Ingests one in-memory text as if it were a file of that name (its extension picks the format), for callers
     * that already hold the text; returns the first article it yields. Shares this run's duplicate index.
     */
    public IngestedArticle ingestText(String name, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IngestedArticle[] out = new IngestedArticle[1];
        try {
            files.readBytes(new Input(name, name, null, null), bytes, a -> out[0] = out[0] == null ? a : out[0]);
        } catch (IOException e) {
            return assembler.deadLetter(new Origin(name, name, "UTF-8", InputReader.textExcerpt(text, 80), true,
                    null), "unreadable: " + e.getMessage(), bytes);
        }
        return out[0];
    }

    /**
     * Ingests the bytes of one input that arrived by other means than a path given up front (a watched file, a
     * fetched page) as if it were a file of that name: its extension picks the format, so a JSON Lines input may
     * yield several articles. Every article goes to {@code sink}; unreadable bytes become one dead letter. Shares
     * this run's duplicate index, so a later copy of an article is a duplicate.
     */
    public void ingestBytes(String name, String sourcePath, byte[] bytes, Consumer<IngestedArticle> sink) {
        try {
            files.readBytes(new Input(sourcePath, name, null, null), bytes, sink);
        } catch (IOException e) {
            sink.accept(rejected(name, sourcePath, "unreadable: " + e.getMessage()));
        }
    }

    /** A dead letter for an input that could not even be read (a page that failed to download, say). */
    public IngestedArticle rejected(String name, String sourcePath, String reason) {
        return assembler.deadLetter(new Origin(name, sourcePath, null, sourcePath, true, null), reason, null);
    }

    /**
     * Ingests one JSON article record that arrived on its own (e.g. a Kafka record), named {@code name}: always
     * exactly one article, a dead letter with the reason when the value is empty, too large, not JSON or has no
     * text. Shares this run's duplicate index.
     */
    public IngestedArticle ingestRecord(String name, byte[] json) {
        IngestedArticle[] out = new IngestedArticle[1];
        files.jsonRecord(name, name, json, a -> out[0] = a);
        return out[0];
    }

    public IngestOptions options() {
        return options;
    }
}
