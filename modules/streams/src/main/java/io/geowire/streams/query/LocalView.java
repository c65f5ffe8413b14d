package io.geowire.streams.query;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;

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
        return local(scope);
    }

    /** Local matches of the query (at most its limit), each with the day that orders it. */
    public List<DatedEvent> datedEvents(QueryScope scope, EventQuery query) {
        return local(scope).datedEvents(query);
    }

    /** The events of one article held in this scope (unordered). */
    public List<ArticleView.ArticleEvent> articleEvents(QueryScope scope, String articleId) {
        return local(scope).articleEvents(articleId);
    }

    private LocalStoreQueries local(QueryScope scope) {
        return new LocalStoreQueries(stores.apply(scope), retryFor);
    }
}
