package io.geowire.producer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Locale;

/**
 * The producing side's share of {@code /metrics}: inputs by outcome, dead letters by stage and reason, events by
 * type and the extraction time of each article. Recorded where the work happens (ingestion and extraction in
 * {@link ArticlePipeline}, what was written in {@link CorpusProducer}) into the registry the caller owns; ingest
 * and extract themselves stay free of metrics code.
 */
public final class PipelineMetrics {

    /** Outcome tags of {@link #ARTICLES_IN}; they match the dead-letter and duplicate counts of a run summary. */
    public static final String OUTCOME_OK = "ok";
    public static final String OUTCOME_DUPLICATE = "duplicate";
    public static final String OUTCOME_DEAD_LETTER = "dead_letter";
    /** Stage tags of {@link #DEAD_LETTERS}: rejected by ingestion, or by the producer (cannot encode, too large). */
    public static final String STAGE_INGEST = "ingest";
    public static final String STAGE_PRODUCE = "produce";

    static final String ARTICLES_IN = "geowire.articles.in";
    static final String DEAD_LETTERS = "geowire.dead.letters";
    static final String EVENTS = "geowire.events.produced";
    static final String EXTRACTION = "geowire.extraction";

    private final MeterRegistry registry;
    private final Timer extraction;
    private final DeadLetterReasons reasons = new DeadLetterReasons();

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.extraction = Timer.builder(EXTRACTION)
                .description("Time to extract the events of one ingested article")
                // buckets, so that quantiles can be taken across instances; the range covers a short note
                // (about a millisecond) to a pathological article (tens of seconds)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    /** Metrics nobody reads: for verbs without {@code /metrics} (an empty composite registry records nothing). */
    public static PipelineMetrics none() {
        return new PipelineMetrics(new CompositeMeterRegistry());
    }

    void extracted(long nanos) {
        extraction.record(Duration.ofNanos(nanos));
    }

    void input(String outcome) {
        Counter.builder(ARTICLES_IN)
                .description("Inputs written to Kafka, by outcome (ok, duplicate, dead_letter)")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void deadLetter(String stage, String reason) {
        Counter.builder(DEAD_LETTERS)
                .description("Dead letters written by the producer, by stage and kind of reason")
                .tag("stage", stage)
                .tag("reason", reasons.kind(reason))
                .register(registry)
                .increment();
    }

    void event(String type) {
        Counter.builder(EVENTS)
                .description("Extracted events written to Kafka, by event type")
                .tag("type", type == null ? "unknown" : type.toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
