package io.geowire.streams;

import java.util.List;

/**
 * Every state store of the topology, by name. The names are part of the deployment: each store has a
 * changelog topic {@code <application.id>-<name>-changelog}, so renaming one loses its state. A test
 * compares the topology's description with a checked-in copy to catch accidental renames.
 */
public final class StoreNames {

    /** Seen article ids and counters of distinct articles / duplicates (Long values). */
    public static final String PIPELINE_ARTICLES = "pipeline-articles";
    /** Seen event ids and counters of distinct events per type (Long values). */
    public static final String PIPELINE_EVENTS = "pipeline-events";
    /** Seen dead-letter keys and their counter (Long values). */
    public static final String PIPELINE_DEAD_LETTERS = "pipeline-dead-letters";
    /** Articles with their cleaned text: key article id, value Article. */
    public static final String ARTICLES = "articles-by-id";
    /** Extracted events by article: key {@code <article id>|<event id>}, value Event. */
    public static final String ARTICLE_EVENTS = "article-events";
    /** Corroborated events: key {@code <corroboration key>|<cluster id>}, value CorroboratedCluster. */
    public static final String CORROBORATION_CLUSTERS = "corroboration-clusters";
    /** Extracted event id to the corroboration-clusters key of the cluster holding it. */
    public static final String CORROBORATION_MEMBERS = "corroboration-members";
    /** Candidate index of the clusters by member day (see CandidateIndex): value is the cluster id. */
    public static final String CORROBORATION_DATES = "corroboration-dates";
    /** Every member of every corroborated event: key {@code <corroboration key>|<cluster id>|<arrival number>}. */
    public static final String CORROBORATION_CLUSTER_MEMBERS = "corroboration-cluster-members";
    /** Per corroborated stance event, what it adds: key {@code ACTOR->TARGET|<cluster id>}. */
    public static final String STANCE_CONTRIBUTIONS = "stance-contributions";
    /** Window totals: key {@code ACTOR->TARGET|YYYY-MM-DD} (window start), value StanceWindowTotals. */
    public static final String STANCE_WINDOWS = "stance-windows";
    /** All-time totals and top evidence: key {@code ACTOR->TARGET}, value StanceIndex. */
    public static final String STANCE_ALL_TIME = "stance-all-time";
    /** Route status, counts and newest incidents: key route id, value RouteState. */
    public static final String ROUTE_STATES = "route-states";
    /** Every incident of every route: key {@code ROUTE|<sortable event day>|<cluster id>} (see HistoryKeys). */
    public static final String ROUTE_INCIDENTS = "route-incidents";
    /** Where each incident sits in route-incidents: key {@code ROUTE|<cluster id>}, value its sortable day. */
    public static final String ROUTE_INCIDENT_DAYS = "route-incident-days";
    /** Status and days disrupted over a route's incidents up to a day: key {@code ROUTE|<sortable day>}. */
    public static final String ROUTE_DAYS = "route-days";
    /** Sanctions ledger summary and newest statements: key actor id, value ActorSanctions. */
    public static final String SANCTIONS_LEDGERS = "sanctions-ledgers";
    /** Every statement of every actor: key {@code ACTOR|<sortable event day>|<cluster id>}. */
    public static final String SANCTIONS_STATEMENTS = "sanctions-statements";
    /** Where each statement sits in sanctions-statements: key {@code ACTOR|<cluster id>}, value its sortable day. */
    public static final String SANCTIONS_STATEMENT_DAYS = "sanctions-statement-days";

    public static final List<String> ALL = List.of(PIPELINE_ARTICLES, PIPELINE_EVENTS, PIPELINE_DEAD_LETTERS,
            ARTICLES, ARTICLE_EVENTS, CORROBORATION_CLUSTERS, CORROBORATION_MEMBERS, CORROBORATION_DATES,
            STANCE_CONTRIBUTIONS,
            STANCE_WINDOWS, STANCE_ALL_TIME, ROUTE_STATES, ROUTE_INCIDENTS, ROUTE_INCIDENT_DAYS, ROUTE_DAYS,
            SANCTIONS_LEDGERS, SANCTIONS_STATEMENTS, SANCTIONS_STATEMENT_DAYS,
            CORROBORATION_CLUSTER_MEMBERS);

    /** Name of the repartition step that brings all events of one pair / route / actor to one task. */
    public static final String EVENTS_BY_ENTITY = "events-by-entity";

    private StoreNames() {
    }
}
