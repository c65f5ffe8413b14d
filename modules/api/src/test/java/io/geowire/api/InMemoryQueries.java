package io.geowire.api;

import io.geowire.streams.query.ArticleView;
import io.geowire.streams.query.CorroboratedEvent;
import io.geowire.streams.query.EventQuery;
import io.geowire.streams.query.GeowireQueries;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.query.SanctionsView;
import io.geowire.streams.query.StancePair;
import io.geowire.streams.query.StanceView;
import io.geowire.streams.query.StanceWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries answered from maps the test fills in, remembering what the HTTP layer asked for; HTTP-layer tests
 * need the contract, not Kafka. Keys are exact: the fake does no case folding, so tests can see the API's.
 * Thread-safe, so a test can add state while the server answers (as a replay would).
 */
final class InMemoryQueries implements GeowireQueries {

    record StanceCall(String actor, String target, LocalDate from, LocalDate to) {
    }

    private final Map<String, StanceView> stances = new LinkedHashMap<>();
    private final Map<String, RouteView> routes = new LinkedHashMap<>();
    private final Map<String, SanctionsView> sanctions = new LinkedHashMap<>();
    private final List<CorroboratedEvent> events = new ArrayList<>();
    private final Map<String, ArticleView> articles = new LinkedHashMap<>();
    private PipelineSummary summary = new PipelineSummary(0, Map.of(), Map.of(), 0, 0);
    private volatile RuntimeException failure;
    private volatile boolean ignoreLimit;
    private volatile StanceCall lastStanceCall;
    private volatile EventQuery lastEventQuery;
    private volatile String lastRouteId;
    private volatile String lastSanctionsActor;
    private volatile String lastArticleId;

    synchronized InMemoryQueries withStance(StanceView view) {
        stances.put(view.actor() + "->" + view.target(), view);
        return this;
    }

    synchronized InMemoryQueries withRoute(RouteView view) {
        routes.put(view.route(), view);
        return this;
    }

    synchronized InMemoryQueries withSanctions(SanctionsView view) {
        sanctions.put(view.actor(), view);
        return this;
    }

    synchronized InMemoryQueries withEvent(CorroboratedEvent event) {
        events.add(event);
        return this;
    }

    synchronized InMemoryQueries withArticle(ArticleView view) {
        articles.put(view.id(), view);
        return this;
    }

    synchronized InMemoryQueries withSummary(PipelineSummary value) {
        summary = value;
        return this;
    }

    /** Answers events as if {@link EventQuery#limit()} were not there, like a careless implementation. */
    void ignoreLimit(boolean value) {
        ignoreLimit = value;
    }

    /** Every query throws {@code e} from now on (null: back to normal). */
    void failWith(RuntimeException e) {
        failure = e;
    }

    StanceCall lastStanceCall() {
        return lastStanceCall;
    }

    EventQuery lastEventQuery() {
        return lastEventQuery;
    }

    String lastRouteId() {
        return lastRouteId;
    }

    String lastSanctionsActor() {
        return lastSanctionsActor;
    }

    String lastArticleId() {
        return lastArticleId;
    }

    @Override
    public synchronized Optional<StanceView> stance(String actor, String target, LocalDate from, LocalDate to) {
        failIfAsked();
        lastStanceCall = new StanceCall(actor, target, from, to);
        return Optional.ofNullable(stances.get(actor + "->" + target)).map(view -> withinDates(view, from, to));
    }

    @Override
    public synchronized List<StancePair> stancePairs() {
        failIfAsked();
        return stances.values().stream()
                .sorted(Comparator.comparingLong((StanceView v) -> v.allTime().count()).reversed())
                .map(v -> new StancePair(v.actor(), v.target(), v.allTime().score(), v.allTime().count()))
                .toList();
    }

    @Override
    public synchronized List<RouteView> routes() {
        failIfAsked();
        return List.copyOf(routes.values());
    }

    @Override
    public synchronized Optional<RouteView> route(String routeId) {
        failIfAsked();
        lastRouteId = routeId;
        return Optional.ofNullable(routes.get(routeId));
    }

    @Override
    public synchronized Optional<SanctionsView> sanctions(String actor) {
        failIfAsked();
        lastSanctionsActor = actor;
        return Optional.ofNullable(sanctions.get(actor));
    }

    @Override
    public synchronized List<CorroboratedEvent> events(EventQuery query) {
        failIfAsked();
        lastEventQuery = query;
        return events.stream()
                .filter(e -> query.type() == null || query.type().equals(e.type()))
                .filter(e -> query.actor() == null || query.actor().equals(e.fields().get("actor")))
                .filter(e -> query.since() == null || !LocalDate.parse(e.date()).isBefore(query.since()))
                .filter(e -> e.confidence() >= query.minConfidence())
                .sorted(Comparator.comparing(CorroboratedEvent::date).reversed())
                .limit(ignoreLimit ? Long.MAX_VALUE : query.limit())
                .toList();
    }

    @Override
    public synchronized PipelineSummary summary() {
        failIfAsked();
        return summary;
    }

    @Override
    public synchronized Optional<ArticleView> article(String articleId) {
        failIfAsked();
        lastArticleId = articleId;
        return Optional.ofNullable(articles.get(articleId));
    }

    private static StanceView withinDates(StanceView view, LocalDate from, LocalDate to) {
        List<StanceWindow> windows = view.windows().stream()
                .filter(w -> from == null || LocalDate.parse(w.end()).isAfter(from))
                .filter(w -> to == null || !LocalDate.parse(w.start()).isAfter(to))
                .toList();
        return new StanceView(view.actor(), view.target(), view.allTime(), windows, view.topEvidence());
    }

    private void failIfAsked() {
        RuntimeException e = failure;
        if (e != null) {
            throw e;
        }
    }
}
