package io.geowire.streams.topology;

import io.geowire.model.EventFields;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.AvroStores;
import io.geowire.streams.internal.StorePut;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Keeps each article (with its cleaned text) and its extracted events, so the API can show an event's
 * evidence in place. Events are stored under "ARTICLE_ID|EVENT_ID": one prefix scan finds an article's events.
 */
public final class ArticleArchive {

    private ArticleArchive() {
    }

    public static void addTo(StreamsBuilder builder, Inputs inputs, TopologyOptions options) {
        // an exact duplicate has the id of the article it copies: archiving it would replace the original
        inputs.articles().processValues(putter(options, StoreNames.ARTICLES, Article.class,
                        a -> a.getId().equals(a.getDuplicateOf()) ? null : a.getId()),
                Named.as("archive-articles"));
        inputs.events().processValues(putter(options, StoreNames.ARTICLE_EVENTS, Event.class,
                        e -> EventFields.of(e).articleId() + "|" + e.getId()),
                Named.as("archive-article-events"));
    }

    private static <V extends SpecificRecord> FixedKeyProcessorSupplier<String, V, Void> putter(
            TopologyOptions options, String store, Class<V> type, java.util.function.Function<V, String> keyOf) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, V, Void> get() {
                return new StorePut<>(store, keyOf);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(AvroStores.avro(options, store, type));
            }
        };
    }
}
