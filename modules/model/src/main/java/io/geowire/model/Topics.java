package io.geowire.model;

import java.util.List;

/**
 * The topic names every geowire component and downstream consumer relies on (a contract: see DESIGN.md).
 * A deployment may put a prefix in front of all of them, e.g. to share a cluster between environments.
 */
public final class Topics {

    /**
     * Raw articles written by a crawler or Kafka Connect (JSON: url, title, published, source, and text or html),
     * which {@code ingest --from-topic} and {@code run --from-topic} consume; the only topic geowire reads but does
     * not write.
     */
    public static final String RAW_ARTICLES = "raw-articles";
    /** Cleaned articles, keyed by article id. */
    public static final String ARTICLES = "articles";
    /** Extracted events (the {@code Event} envelope), keyed by event fingerprint. */
    public static final String EVENTS = "events";
    /** Inputs that could not be processed, with the reason, keyed by source. */
    public static final String DEAD_LETTERS = "dead-letters";
    /** Every change of the stance index, keyed by "ACTOR->TARGET". */
    public static final String STANCE_INDEX = "stance-index";
    /** Every change of a route's status, keyed by route id. */
    public static final String ROUTE_STATUS = "route-status";
    /** Every change of an actor's sanctions ledger, keyed by actor id. */
    public static final String SANCTIONS_LEDGER = "sanctions-ledger";

    /**
     * Positions of the live sources (watched files, feed items and their versions), keyed by source and item,
     * compacted: the last position of each item is all a restart needs. Written in the same transaction as the
     * articles it accounts for. Not in {@link #ALL}: it holds geowire's own bookkeeping, not data for consumers.
     */
    public static final String SOURCE_POSITIONS = "source-positions";

    /** All topics geowire creates, inputs first. */
    public static final List<String> ALL =
            List.of(RAW_ARTICLES, ARTICLES, EVENTS, DEAD_LETTERS, STANCE_INDEX, ROUTE_STATUS, SANCTIONS_LEDGER);

    private final String prefix;

    private Topics(String prefix) {
        this.prefix = prefix;
    }

    /** Names without a prefix. */
    public static Topics unprefixed() {
        return new Topics("");
    }

    /** Names behind {@code prefix}, which may be empty. */
    public static Topics withPrefix(String prefix) {
        return new Topics(prefix == null ? "" : prefix);
    }

    public String prefix() {
        return prefix;
    }

    public String name(String topic) {
        return prefix + topic;
    }

    public String rawArticles() {
        return name(RAW_ARTICLES);
    }

    public String articles() {
        return name(ARTICLES);
    }

    public String events() {
        return name(EVENTS);
    }

    public String deadLetters() {
        return name(DEAD_LETTERS);
    }

    public String stanceIndex() {
        return name(STANCE_INDEX);
    }

    public String routeStatus() {
        return name(ROUTE_STATUS);
    }

    public String sanctionsLedger() {
        return name(SANCTIONS_LEDGER);
    }

    public String sourcePositions() {
        return name(SOURCE_POSITIONS);
    }

    /** Every topic name with the prefix applied. */
    public List<String> all() {
        return ALL.stream().map(this::name).toList();
    }
}
