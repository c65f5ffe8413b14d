package io.geowire.streams.query;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.EventSummaries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * What this instance alone knows, limited to a {@link QueryScope}: the pieces a multi-instance query gathers
 * from every instance and merges. Besides {@link GeowireQueries} over the scope, the parts that need more
 * than the public answers to merge: events with their placement day, and an article's events (they are
 * partitioned by event id, not by article, so every instance may hold some).
 */
public final class LocalView {

    private final Function<QueryScope, StoreAccess> stores;
    private final Duration retryFor;

    public LocalView(Function<QueryScope, StoreAccess> stores, Duration retryFor) {
        this.stores = stores;
        this.retryFor = retryFor;
    }

    public static LocalView of(KafkaStreams streams, StoreSources sources, Duration retryFor) {
        return new LocalView(scope -> new ScopedStoreAccess(streams, sources, scope), retryFor);
    }

    public GeowireQueries queries(QueryScope scope) {
        return new LocalStoreQueries(stores.apply(scope), retryFor);
    }

    /** Local matches of the query (at most its limit), each with the day that orders it. */
    public List<DatedEvent> datedEvents(QueryScope scope, EventQuery query) {
        List<CorroboratedEvent> events = queries(scope).events(query);
        Set<String> ids = events.stream().map(CorroboratedEvent::id).collect(Collectors.toSet());
        Map<String, Long> days = retrying(() -> {
            Map<String, Long> found = new HashMap<>();
            try (KeyValueIterator<String, CorroboratedCluster> it = stores.apply(scope)
                    .<CorroboratedCluster>keyValueStore(StoreNames.CORROBORATION_CLUSTERS).all()) {
                it.forEachRemaining(kv -> {
                    if (ids.contains(kv.value.getId())) {
                        found.put(kv.value.getId(), kv.value.getEventDay());
                    }
                });
            }
            return found;
        });
        return events.stream().map(e -> new DatedEvent(days.getOrDefault(e.id(), Long.MIN_VALUE), e)).toList();
    }

    /** The events of one article held in this scope (unordered). */
    public List<ArticleView.ArticleEvent> articleEvents(QueryScope scope, String articleId) {
        return retrying(() -> {
            List<ArticleView.ArticleEvent> events = new ArrayList<>();
            try (KeyValueIterator<String, Event> it = stores.apply(scope)
                    .<Event>keyValueStore(StoreNames.ARTICLE_EVENTS)
                    .prefixScan(articleId + "|", new StringSerializer())) {
                it.forEachRemaining(kv -> events.add(EventSummaries.articleEvent(kv.value)));
            }
            return events;
        });
    }

    private <T> T retrying(Supplier<T> query) {
        return StoreRetry.retrying(retryFor, query);
    }
}
