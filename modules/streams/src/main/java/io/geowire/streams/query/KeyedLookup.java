package io.geowire.streams.query;

import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.EventIdentity;

/**
 * Where a single-key query is answered: the store that holds the key and the key as that store spells it. The
 * query layer of the API asks Kafka Streams which instance hosts {@link #key()} in {@link #store()}, so both must
 * be exactly what the topology writes; this is the one place that says so outside the topology.
 */
public record KeyedLookup(String store, String key) {

    /** The all-time stance of one actor towards one target. */
    public static KeyedLookup stance(String actor, String target) {
        return new KeyedLookup(StoreNames.STANCE_ALL_TIME, EventIdentity.pair(actor, target));
    }

    /** One route's status and incidents. */
    public static KeyedLookup route(String routeId) {
        return new KeyedLookup(StoreNames.ROUTE_STATES, routeId);
    }

    /** One actor's sanctions ledger. */
    public static KeyedLookup sanctions(String actor) {
        return new KeyedLookup(StoreNames.SANCTIONS_LEDGERS, actor);
    }

    /** One article and its events. */
    public static KeyedLookup article(String articleId) {
        return new KeyedLookup(StoreNames.ARTICLES, articleId);
    }
}
