package io.geowire.streams.query;

import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.LedgerStatement;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.RouteIncidentEntry;
import io.geowire.model.avro.RouteState;
import io.geowire.model.avro.StanceEvidence;
import io.geowire.model.avro.StanceTotals;
import io.geowire.model.avro.StanceWindowTotals;
import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.DistinctCounter;
import io.geowire.streams.internal.EventDates;
import io.geowire.streams.internal.EventIdentity;
import io.geowire.streams.internal.EventSummaries;
import io.geowire.streams.internal.HistoryKeys;
import io.geowire.streams.internal.RouteNames;
import io.geowire.streams.internal.StanceMath;
import io.geowire.streams.internal.StanceProcessor;
import io.geowire.streams.topology.PipelineCounts;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers {@link GeowireQueries} from the state stores of this instance. With one instance that is all
 * keys; with several, a forwarding implementation can ask {@code KafkaStreams#queryMetadataForKey} which
 * instance hosts a key (stores are keyed by pair / route / actor, the partitioning key) and call this class
 * there. While stores are migrating (rebalance, restore) a query is retried briefly.
 */
public final class LocalStoreQueries implements GeowireQueries {

    private static final int DEFAULT_LIMIT = 100;

    private final StoreAccess stores;
    private final Duration retryFor;

    public LocalStoreQueries(StoreAccess stores, Duration retryFor) {
        this.stores = stores;
        this.retryFor = retryFor;
    }

    public static LocalStoreQueries of(KafkaStreams streams) {
        return new LocalStoreQueries(StoreAccess.of(streams), Duration.ofSeconds(5));
    }

    @Override
    public Optional<StanceView> stance(String actor, String target, LocalDate from, LocalDate to) {
        return retrying(() -> {
            String pair = EventIdentity.pair(actor, target);
            PairStance state = this.<PairStance>store(StoreNames.STANCE_ALL_TIME).get(pair);
            if (state == null) {
                return Optional.empty();
            }
            List<StanceWindow> windows = StanceProcessor
                    .windowsOf(this.<StanceWindowTotals>store(StoreNames.STANCE_WINDOWS), pair).stream()
                    .filter(w -> overlaps(w, from, to))
                    .map(LocalStoreQueries::window)
                    .toList();
            List<EvidenceRef> evidence = state.getTopEvidence().stream().map(LocalStoreQueries::evidence).toList();
            return Optional.of(new StanceView(state.getActor(), state.getTarget(), summary(state.getAllTime()),
                    windows, evidence));
        });
    }

    @Override
    public List<StancePair> stancePairs() {
        return retrying(() -> {
            List<StancePair> pairs = new ArrayList<>();
            forEach(StoreNames.STANCE_ALL_TIME, (PairStance s) -> pairs.add(new StancePair(s.getActor(),
                    s.getTarget(), StanceMath.score(s.getAllTime()), s.getAllTime().getCount())));
            return StancePair.merge(List.of(pairs));
        });
    }

    @Override
    public List<RouteView> routes() {
        return retrying(() -> {
            List<RouteView> routes = new ArrayList<>();
            List<RouteState> states = new ArrayList<>();
            forEach(StoreNames.ROUTE_STATES, (RouteState r) -> states.add(r));
            states.forEach(r -> routes.add(route(r)));
            return RouteView.merge(List.of(routes));
        });
    }

    @Override
    public Optional<RouteView> route(String routeId) {
        return retrying(() -> Optional.ofNullable(this.<RouteState>store(StoreNames.ROUTE_STATES).get(routeId))
                .map(this::route));
    }

    @Override
    public Optional<SanctionsView> sanctions(String actor) {
        return retrying(() -> Optional
                .ofNullable(this.<ActorSanctions>store(StoreNames.SANCTIONS_LEDGERS).get(actor))
                .map(this::sanctions));
    }

    @Override
    public List<CorroboratedEvent> events(EventQuery query) {
        return datedEvents(query).stream().map(DatedEvent::event).toList();
    }

    /**
     * The matches of the query (at most its limit, newest first), each with the day that orders it: what an
     * instance contributes to a list merged over several instances ({@link DatedEvent#newest}).
     */
    public List<DatedEvent> datedEvents(EventQuery query) {
        return retrying(() -> {
            List<DatedEvent> matches = new ArrayList<>();
            forEach(StoreNames.CORROBORATION_CLUSTERS, (CorroboratedCluster c) -> {
                if (matches(c, query)) {
                    matches.add(new DatedEvent(c.getEventDay(), event(c)));
                }
            });
            int limit = query.limit() > 0 ? query.limit() : DEFAULT_LIMIT;
            return matches.stream().sorted(DatedEvent.ORDER).limit(limit).toList();
        });
    }

    @Override
    public PipelineSummary summary() {
        return retrying(() -> {
            ReadOnlyKeyValueStore<String, Long> articles = store(StoreNames.PIPELINE_ARTICLES);
            Map<String, Long> events = DistinctCounter.totals(store(StoreNames.PIPELINE_EVENTS),
                    category -> category.substring(PipelineCounts.EVENTS_PREFIX.length()));
            Map<String, Long> corroborated = new TreeMap<>();
            forEach(StoreNames.CORROBORATION_CLUSTERS,
                    (CorroboratedCluster c) -> corroborated.merge(c.getType(), 1L, Long::sum));
            return new PipelineSummary(
                    DistinctCounter.total(articles, PipelineCounts.ARTICLES),
                    events,
                    corroborated,
                    DistinctCounter.total(store(StoreNames.PIPELINE_DEAD_LETTERS), PipelineCounts.DEAD_LETTERS),
                    DistinctCounter.total(articles, PipelineCounts.DUPLICATES));
        });
    }

    /**
     * Articles and events (all types) this instance's counters hold: what {@link #summary()} counts without decoding
     * every corroborated event, cheap enough to poll while waiting for a rebuild to catch up.
     */
    public Counted counted() {
        return retrying(() -> {
            long articles = DistinctCounter.total(store(StoreNames.PIPELINE_ARTICLES), PipelineCounts.ARTICLES);
            long events = DistinctCounter.totals(store(StoreNames.PIPELINE_EVENTS), c -> c).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(PipelineCounts.EVENTS_PREFIX))
                    .mapToLong(Map.Entry::getValue).sum();
            return new Counted(articles, events);
        });
    }

    /** What {@link #counted()} returns. */
    public record Counted(long articles, long events) {
    }

    /**
     * Records this instance's stores counted when they entered but Streams could not carry all the way (dead
     * letters of the exception handlers, see docs/topology.md); not part of {@link PipelineSummary}, the API
     * contract, and not part of the balance.
     */
    public long streamsFailures() {
        return retrying(() -> DistinctCounter.total(store(StoreNames.PIPELINE_DEAD_LETTERS),
                PipelineCounts.STREAMS_FAILURES));
    }

    @Override
    public Optional<ArticleView> article(String articleId) {
        return retrying(() -> {
            Article a = this.<Article>store(StoreNames.ARTICLES).get(articleId);
            if (a == null) {
                return Optional.empty();
            }
            return Optional.of(new ArticleView(a.getId(), a.getArticle(), a.getTitle(), a.getAuthor(),
                    a.getPublished(), a.getPublishedEstimated(), a.getSource(), a.getUrl(), a.getLanguage(),
                    a.getText(), ArticleView.ArticleEvent.merge(List.of(eventsOf(articleId)))));
        });
    }

    /**
     * The events of one article held in these stores, in no particular order, whether or not the article itself
     * is here: events are partitioned by event id, so with several instances each may hold some.
     */
    public List<ArticleView.ArticleEvent> articleEvents(String articleId) {
        return retrying(() -> eventsOf(articleId));
    }

    private List<ArticleView.ArticleEvent> eventsOf(String articleId) {
        List<ArticleView.ArticleEvent> events = new ArrayList<>();
        try (KeyValueIterator<String, Event> it = this.<Event>store(StoreNames.ARTICLE_EVENTS)
                .prefixScan(articleId + "|", new StringSerializer())) {
            it.forEachRemaining(kv -> events.add(EventSummaries.articleEvent(kv.value)));
        }
        return events;
    }

    private static boolean matches(CorroboratedCluster c, EventQuery q) {
        if (q.type() != null && !q.type().equals(c.getType())) {
            return false;
        }
        if (q.actor() != null) {
            Map<String, String> f = c.getFields();
            if (!q.actor().equals(f.get("actor")) && !q.actor().equals(f.get("target"))
                    && !q.actor().equals(f.get("route"))) {
                return false;
            }
        }
        return (q.since() == null || c.getEventDay() >= q.since().toEpochDay())
                && c.getConfidence() >= q.minConfidence();
    }

    private static boolean overlaps(StanceWindowTotals w, LocalDate from, LocalDate to) {
        LocalDate start = LocalDate.parse(w.getStart());
        LocalDate lastDay = LocalDate.parse(w.getEnd()).minusDays(1);
        return (from == null || !lastDay.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    private static StanceSummary summary(StanceTotals t) {
        return new StanceSummary(StanceMath.score(t), t.getCount(), t.getAligning(), t.getDistancing(),
                t.getNeutral());
    }

    private static StanceWindow window(StanceWindowTotals w) {
        StanceTotals t = w.getTotals();
        return new StanceWindow(w.getStart(), w.getEnd(), StanceMath.score(t), t.getCount(), t.getAligning(),
                t.getDistancing(), t.getNeutral());
    }

    private static EvidenceRef evidence(StanceEvidence e) {
        return new EvidenceRef(e.getEventId(), e.getEvidence(), e.getPolarity(), e.getDate(), e.getSources(),
                List.copyOf(e.getArticles()));
    }

    /** The route with its whole history from route-incidents (the state value only carries the newest incidents). */
    private RouteView route(RouteState r) {
        List<RouteIncidentEntry> history = r.getIncidentCount() == 0 ? r.getIncidents()
                : this.<RouteIncidentEntry>history(StoreNames.ROUTE_INCIDENTS, r.getRoute());
        List<RouteIncident> incidents = history.stream().map(LocalStoreQueries::incident).toList();
        return new RouteView(r.getRoute(), RouteNames.nameOf(r.getRoute()), r.getStatus(), r.getSince(),
                r.getDaysDisrupted(), incidents);
    }

    private static RouteIncident incident(RouteIncidentEntry i) {
        return new RouteIncident(i.getEventId(), dateOf(i.getDate(), i.getEventDay()), i.getStatus(), i.getCause(),
                i.getMagnitude(), i.getSources(), List.copyOf(i.getArticles()));
    }

    /** The ledger with every statement from sanctions-statements (the state value only carries the newest). */
    private SanctionsView sanctions(ActorSanctions s) {
        List<LedgerStatement> history = s.getStatementCount() == 0 ? s.getStatements()
                : this.<LedgerStatement>history(StoreNames.SANCTIONS_STATEMENTS, s.getActor());
        List<SanctionStatementView> statements = history.stream().map(LocalStoreQueries::statement).toList();
        return new SanctionsView(s.getActor(), s.getLatest(), new TreeMap<>(s.getPositions()), statements);
    }

    private static SanctionStatementView statement(LedgerStatement s) {
        return new SanctionStatementView(s.getEventId(), s.getSpeaker(), s.getPosition(), s.getRegime(),
                dateOf(s.getDate(), s.getEventDay()), s.getQuote(), s.getSources(), List.copyOf(s.getArticles()));
    }

    private static CorroboratedEvent event(CorroboratedCluster c) {
        return new CorroboratedEvent(c.getId(), c.getType(), dateOf(c.getDate(), c.getEventDay()), c.getHedged(),
                c.getConfidence(), c.getEvidence(), new TreeMap<>(c.getFields()), c.getSources(),
                List.copyOf(c.getArticles()), List.copyOf(c.getOutlets()));
    }

    /** The event's own date; else the day it is placed on (publication or record time). */
    private static String dateOf(String date, long eventDay) {
        return date != null ? date : EventDates.iso(eventDay);
    }

    /**
     * An entity's history, oldest first (event day, then id: the stores' key order). Values written before the
     * history stores existed carry the whole history themselves and say so with a count of 0.
     */
    private <V> List<V> history(String storeName, String entity) {
        List<V> items = new ArrayList<>();
        try (KeyValueIterator<String, V> it = this.<V>store(storeName)
                .prefixScan(HistoryKeys.prefix(entity), new StringSerializer())) {
            it.forEachRemaining(kv -> items.add(kv.value));
        }
        return items;
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        return stores.keyValueStore(name);
    }

    private <V> void forEach(String storeName, java.util.function.Consumer<V> action) {
        try (KeyValueIterator<String, V> it = this.<V>store(storeName).all()) {
            it.forEachRemaining(kv -> action.accept(kv.value));
        }
    }

    private <T> T retrying(Supplier<T> query) {
        return StoreRetry.retrying(retryFor, query);
    }
}
