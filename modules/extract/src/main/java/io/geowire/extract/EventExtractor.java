package io.geowire.extract;

import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.internal.TraceRecorder;
import io.geowire.extract.learned.CachingEncoder;
import io.geowire.extract.learned.EmbeddingCache;
import io.geowire.extract.learned.Encoders;
import io.geowire.extract.learned.MiniLmEncoder;
import io.geowire.extract.learned.SentenceModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Extracts stance, route-disruption and sanction-statement events from article text with rules and gazetteers kept
 * in data files, plus a learned sentence stage (a sentence encoder and trained classifiers) that adds events the rules
 * miss and calibrates every event's confidence (see docs/extraction.md). Instances are immutable after construction and safe to share between
 * threads.
 */
public final class EventExtractor {
    /** Written into every event's {@code extractorVersion}. */
    public static final String VERSION = "geowire-extract/1.0";

    private final Engine engine;
    /** Null: no traces are recorded. */
    private final Consumer<ExtractionTrace> traces;

    private EventExtractor(Engine engine, Consumer<ExtractionTrace> traces) {
        this.engine = engine;
        this.traces = traces;
    }

    private EventExtractor(Path overlayDir, boolean learned) {
        this(overlayDir, learned ? SentenceModel.bundled() : null);
    }

    private EventExtractor(Path overlayDir, SentenceModel model) {
        // every default extractor shares the JVM-wide embedding cache: a sentence seen before costs no encoder time
        this.engine = new Engine(new DataFiles(overlayDir), VERSION, model,
                model == null ? null : new CachingEncoder(Encoders.named(model.encoder()), EmbeddingCache.shared()));
        this.traces = null;
    }

    /**
     * The same extractor (same data, same model, same events) that also gives {@code traces} the trace of every
     * article it extracts ({@link ExtractionTrace}): what each sentence scored and why each candidate was or was not
     * emitted. For explaining misses ({@code evaluate --explain}); {@code traces} must be thread-safe when the
     * extractor is shared between threads.
     */
    public EventExtractor tracing(Consumer<ExtractionTrace> traces) {
        return new EventExtractor(engine, Objects.requireNonNull(traces, "traces"));
    }

    /** An extractor with the bundled data files and the bundled learned sentence stage. */
    public static EventExtractor createDefault() {
        return new EventExtractor(null, true);
    }

    /** The rules and gazetteers alone, without the learned sentence stage (no encoder is loaded). */
    public static EventExtractor createRulesOnly() {
        return new EventExtractor(null, false);
    }

    /**
     * An extractor with the bundled data files plus the files of the same names in {@code extraDataDir}
     * (e.g. actors.tsv, people.tsv, routes.tsv, rules.tsv, spinner.tsv), whose lines are added to the bundled ones.
     */
    public static EventExtractor create(Path extraDataDir) {
        return create(extraDataDir, true);
    }

    /**
     * As {@link #create(Path)}, with ({@code learned}) or without the learned sentence stage; a null
     * {@code extraDataDir} means the bundled data files only.
     */
    public static EventExtractor create(Path extraDataDir, boolean learned) {
        if (extraDataDir != null && !Files.isDirectory(extraDataDir)) {
            throw new IllegalArgumentException("not a directory: " + extraDataDir);
        }
        return new EventExtractor(extraDataDir, learned);
    }

    /**
     * As {@link #create(Path, boolean)} with the learned stage, but with {@code model} (e.g. a candidate written by
     * {@code train --out}) in place of the bundled one: a model is compared with another without rebuilding.
     */
    public static EventExtractor create(Path extraDataDir, SentenceModel model) {
        Objects.requireNonNull(model, "model");
        if (extraDataDir != null && !Files.isDirectory(extraDataDir)) {
            throw new IllegalArgumentException("not a directory: " + extraDataDir);
        }
        return new EventExtractor(extraDataDir, model);
    }

    /**
     * Keeps the sentence embeddings of every extractor in this JVM in {@code dir} as well as in memory, loading those
     * earlier runs left there: a corpus extracted again (e.g. {@code replay --corpus}) spends no encoder time.
     */
    public static void keepEmbeddingsIn(Path dir) {
        SentenceModel bundled = SentenceModel.bundled();
        keepEmbeddingsIn(dir, bundled == null ? MiniLmEncoder.NAME : bundled.encoder());
    }

    /**
     * As {@link #keepEmbeddingsIn(Path)}, for the vectors of the encoder named {@code encoder} (that of a model given
     * in place of the bundled one, {@link #create(Path, SentenceModel)}): one encoder's file per process.
     */
    public static void keepEmbeddingsIn(Path dir, String encoder) {
        EmbeddingCache.shared().persistIn(dir, encoder, Encoders.dimension(encoder));
    }

    /** False when the text names nothing the extractor tracks: {@link #extract} would return no events. */
    public boolean mayBeRelevant(String text) {
        return engine.mayBeRelevant(text);
    }

    /** The events of one article, each distinct event once, in text order of discovery. */
    public List<ExtractedEvent> extract(ArticleInput input) {
        Objects.requireNonNull(input, "input");
        if (traces == null) {
            return engine.extract(input);
        }
        TraceRecorder recorder = TraceRecorder.recording();
        List<ExtractedEvent> events = engine.extract(input, recorder);
        traces.accept(Engine.trace(recorder, input, events));
        return events;
    }
}
