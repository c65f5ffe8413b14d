package io.geowire.streams.topology;

import io.geowire.model.EventFields;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.AvroStores;
import io.geowire.streams.internal.Decoded;
import io.geowire.streams.internal.StreamsDeadLetters;
import io.geowire.streams.internal.DistinctCounter;
import io.geowire.streams.internal.DistinctCounter.IdAndCategory;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * What went through the pipeline, counted from the input topics into stores: distinct articles and
 * duplicates (articles recorded with duplicateOf, one per input name), distinct events per type, distinct dead letters
 * (by key = source). Every count is of distinct ids, so re-sending the corpus changes none.
 */
public final class PipelineCounts {

    public static final String ARTICLES = "articles";
    public static final String DUPLICATES = "duplicates";
    public static final String DEAD_LETTERS = "dead-letters";
    /** Dead letters of records Streams had already counted but could not carry through (exception handlers). */
    public static final String STREAMS_FAILURES = "streams-failures";
    public static final String EVENTS_PREFIX = "events:";

    private PipelineCounts() {
    }

    public static void addTo(StreamsBuilder builder, Inputs inputs, TopologyOptions options) {
        inputs.articles().processValues(counter(StoreNames.PIPELINE_ARTICLES, options,
                (String key, Article a) -> a.getDuplicateOf() == null ? new IdAndCategory(a.getId(), ARTICLES)
                        : new IdAndCategory(duplicateIdentity(a), DUPLICATES)),
                Named.as("pipeline-count-articles"));
        inputs.events().processValues(counter(StoreNames.PIPELINE_EVENTS, options,
                (String key, Event e) -> new IdAndCategory(e.getId(), EVENTS_PREFIX + EventFields.of(e).type())),
                Named.as("pipeline-count-events"));
        KStream<String, Decoded<DeadLetter>> deadLetters = inputs.deadLetters();
        deadLetters.processValues(counter(StoreNames.PIPELINE_DEAD_LETTERS, options,
                (String key, Decoded<DeadLetter> d) -> new IdAndCategory(key, deadLetterCategory(d))),
                Named.as("pipeline-count-dead-letters"));
    }

    /**
     * A record a Streams exception handler wrote was counted as an article or event when it entered, so it is not an
     * input of its own; everything else on dead-letters (including unreadable records) is a rejected input.
     */
    static String deadLetterCategory(Decoded<DeadLetter> d) {
        return d != null && d.value() != null && isStreamsFailure(d.value()) ? STREAMS_FAILURES : DEAD_LETTERS;
    }

    /** True for a dead letter a Streams exception handler wrote (not a rejected input of its own). */
    public static boolean isStreamsFailure(DeadLetter letter) {
        return StreamsDeadLetters.FAILURE_STAGES.contains(letter.getStage());
    }

    /**
     * An exact duplicate carries the id of the article it copies (ids are content fingerprints), so counting it by
     * id would count nothing; it is counted once per input name instead, which a re-sent corpus repeats.
     */
    public static String duplicateIdentity(Article a) {
        return "duplicate:" + a.getArticle();
    }

    private static <V> FixedKeyProcessorSupplier<String, V, Void> counter(String store, TopologyOptions options,
            DistinctCounter.Classifier<V> classifier) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, V, Void> get() {
                return new DistinctCounter<>(store, classifier);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // no record cache: a cache would save the counter's changelog record per input, but every input also
                // writes a "seen:" marker that is never rewritten, and 50,000 of them made the cache's sorted map
                // cost more than the records it saved (JFR, docs/decisions.md "Record caches")
                return Set.of(AvroStores.of(options, store, Serdes.Long()));
            }
        };
    }
}
