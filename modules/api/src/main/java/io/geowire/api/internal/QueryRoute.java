package io.geowire.api.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.geowire.streams.query.ArticleView;
import io.geowire.streams.query.DatedEvent;
import io.geowire.streams.query.EventQuery;
import io.geowire.streams.query.LocalView;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.QueryScope;
import io.geowire.streams.query.RouteView;
import io.geowire.streams.query.SanctionsView;
import io.geowire.streams.query.StancePair;
import io.geowire.streams.query.StanceView;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The route table of the instance-to-instance protocol: each query that reads state once, with its public path
 * ({@code /api} + template), its local-only twin ({@code /internal/local} + the same template), how its
 * parameters are read from a request and written into one, what one instance answers from its own stores and
 * how that answer looks on the wire. The public resources, {@link LocalQueryResource} (the routes peers call)
 * and the routing query layer all take paths and parameters from here, so adding a query cannot make them drift.
 *
 * @param <P> the query's parameters as read and validated (a record, a single id, or {@link NoParameters})
 * @param <L> what one instance answers for its own partitions: {@code Optional<X>} for a key lookup (empty =
 *            "no such key here", a marked 404 on the wire), a list or a summary for queries that fan out
 */
public final class QueryRoute<P, L> {

    public static final String PUBLIC_PREFIX = "/api";
    public static final String LOCAL_PREFIX = "/internal/local";
    /**
     * The scope parameter of the local routes ({@code topic@partition,...}, see {@link QueryScope#encode()}).
     * These routes are between instances, not part of the public API, so neither they nor this parameter are in
     * openapi.json (whose test scans the sources for parameter names read from requests).
     */
    public static final String SCOPE_PARAMETER = "tp";
    /**
     * Set on a 404 that means "this instance has no such key": {@link PeerClient} treats only such 404s as
     * empty, so a 404 from a process without these routes (older build, wrong port) is a failure.
     */
    public static final String LOCAL_HEADER = "X-Geowire-Local";
    public static final String MISS = "miss";

    /** The parameters of a query that takes none. */
    public enum NoParameters { NONE }

    /** The parameters of GET /api/stance; {@code from}/{@code to} may be null. */
    public record StanceParameters(String actor, String target, LocalDate from, LocalDate to) {
    }

    /** What one instance answers for a route's parameters within a scope of its stores. */
    @FunctionalInterface
    public interface LocalAnswer<P, L> {
        L answer(LocalView view, QueryScope scope, P parameters);
    }

    public static final QueryRoute<StanceParameters, Optional<StanceView>> STANCE = keyed("/stance",
            QueryRoute::readStance, QueryRoute::writeStance,
            (view, scope, p) -> view.queries(scope).stance(p.actor(), p.target(), p.from(), p.to()),
            StanceView.class, p -> "no stance of " + p.actor() + " towards " + p.target() + " here");

    public static final QueryRoute<NoParameters, List<StancePair>> STANCE_PAIRS = listed("/stance/pairs",
            (view, scope, none) -> view.queries(scope).stancePairs(), types -> listOf(types, StancePair.class));

    public static final QueryRoute<NoParameters, List<RouteView>> ROUTES = listed("/routes",
            (view, scope, none) -> view.queries(scope).routes(), types -> listOf(types, RouteView.class));

    public static final QueryRoute<String, Optional<RouteView>> ROUTE = keyed("/routes/{id}",
            ctx -> Params.route("id", ctx.pathParam("id")), id -> "/routes/" + enc(id),
            (view, scope, id) -> view.queries(scope).route(id), RouteView.class, id -> "no route " + id + " here");

    public static final QueryRoute<String, Optional<SanctionsView>> SANCTIONS = keyed("/sanctions/{actor}",
            ctx -> Params.actor("actor", ctx.pathParam("actor")), actor -> "/sanctions/" + enc(actor),
            (view, scope, actor) -> view.queries(scope).sanctions(actor), SanctionsView.class,
            actor -> "no ledger of " + actor + " here");

    /** Each instance answers its newest {@code limit} with their placement days; the merge keeps {@code limit}. */
    public static final QueryRoute<EventQuery, List<DatedEvent>> EVENTS = new QueryRoute<>("/events",
            QueryRoute::readEvents, QueryRoute::writeEvents, LocalView::datedEvents,
            types -> listOf(types, DatedEvent.class), null);

    public static final QueryRoute<NoParameters, PipelineSummary> SUMMARY = listed("/summary",
            (view, scope, none) -> view.queries(scope).summary(), types -> types.constructType(PipelineSummary.class));

    /** The article from the instance owning it; its events come from {@link #ARTICLE_EVENTS}. */
    public static final QueryRoute<String, Optional<ArticleView>> ARTICLE = keyed("/articles/{id}",
            QueryRoute::readArticle, id -> "/articles/" + enc(id),
            (view, scope, id) -> view.queries(scope).article(id), ArticleView.class,
            id -> "no article " + id + " here");

    /** Local only (no public twin): an article's events are partitioned by event id, so every instance has some. */
    public static final QueryRoute<String, List<ArticleView.ArticleEvent>> ARTICLE_EVENTS = listed(
            "/articles/{id}/events", QueryRoute::readArticle, id -> "/articles/" + enc(id) + "/events",
            LocalView::articleEvents, types -> listOf(types, ArticleView.ArticleEvent.class)).localOnly();

    /** Every route, in the order the local routes are registered. */
    public static final List<QueryRoute<?, ?>> ALL =
            List.of(STANCE, STANCE_PAIRS, ROUTES, ROUTE, SANCTIONS, EVENTS, SUMMARY, ARTICLE, ARTICLE_EVENTS);

    private final String template;
    private final Function<Context, P> read;
    private final Function<P, String> write;
    private final LocalAnswer<P, L> local;
    private final Function<TypeFactory, JavaType> wireType;
    private final Function<P, String> missMessage;
    private final boolean published;

    private QueryRoute(String template, Function<Context, P> read, Function<P, String> write,
            LocalAnswer<P, L> local, Function<TypeFactory, JavaType> wireType, Function<P, String> missMessage) {
        this(template, read, write, local, wireType, missMessage, true);
    }

    private QueryRoute(String template, Function<Context, P> read, Function<P, String> write,
            LocalAnswer<P, L> local, Function<TypeFactory, JavaType> wireType, Function<P, String> missMessage,
            boolean published) {
        this.published = published;
        this.template = template;
        this.read = read;
        this.write = write;
        this.local = local;
        this.wireType = wireType;
        this.missMessage = missMessage;
    }

    private static <P, X> QueryRoute<P, Optional<X>> keyed(String template, Function<Context, P> read,
            Function<P, String> write, LocalAnswer<P, Optional<X>> local, Class<X> type,
            Function<P, String> missMessage) {
        return new QueryRoute<>(template, read, write, local, types -> types.constructType(type), missMessage);
    }

    private static <L> QueryRoute<NoParameters, L> listed(String template, LocalAnswer<NoParameters, L> local,
            Function<TypeFactory, JavaType> wireType) {
        return listed(template, ctx -> NoParameters.NONE, none -> template, local, wireType);
    }

    private static <P, L> QueryRoute<P, L> listed(String template, Function<Context, P> read,
            Function<P, String> write, LocalAnswer<P, L> local, Function<TypeFactory, JavaType> wireType) {
        return new QueryRoute<>(template, read, write, local, wireType, null);
    }

    /** The public route template, e.g. {@code /api/routes/{id}}; none for a part only instances ask for. */
    public Optional<String> publicPath() {
        return published ? Optional.of(PUBLIC_PREFIX + template) : Optional.empty();
    }

    private QueryRoute<P, L> localOnly() {
        return new QueryRoute<>(template, read, write, local, wireType, missMessage, false);
    }

    /** The local-only route template peers call, e.g. {@code /internal/local/routes/{id}}. */
    public String localPath() {
        return LOCAL_PREFIX + template;
    }

    /** The parameters of a request to either path, validated (400 on bad input). */
    public P read(Context ctx) {
        return read.apply(ctx);
    }

    /** The path and query of a request to this route's local twin, with the scope when it is not the active one. */
    public String localRequest(P parameters, QueryScope scope) {
        String path = LOCAL_PREFIX + write.apply(parameters);
        if (scope.isActive()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + SCOPE_PARAMETER + "=" + enc(scope.encode());
    }

    /** This instance's own answer within {@code scope}; what the local route sends a peer. */
    public L answerLocally(LocalView view, QueryScope scope, P parameters) {
        return local.answer(view, scope, parameters);
    }

    /** A key lookup: its local answer is an {@code Optional}, absent sent as a 404 marked {@link #MISS}. */
    public boolean isKeyed() {
        return missMessage != null;
    }

    /** For a key lookup, the message of the marked 404. */
    public String missMessage(P parameters) {
        return missMessage.apply(parameters);
    }

    /** The JSON type of a 200 body on the local route (for a key lookup, the value inside the {@code Optional}). */
    public JavaType wireType(TypeFactory types) {
        return wireType.apply(types);
    }

    /** The scope a local request asks for: active partitions unless {@value #SCOPE_PARAMETER} lists some. */
    public static QueryScope scope(Context ctx) {
        try {
            return QueryScope.decode(ctx.queryParam(SCOPE_PARAMETER));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(SCOPE_PARAMETER, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return template;
    }

    private static StanceParameters readStance(Context ctx) {
        String actor = Params.actor("actor", ctx.queryParam("actor"));
        String target = Params.actor("target", ctx.queryParam("target"));
        LocalDate from = Params.optionalDate("from", ctx.queryParam("from"));
        LocalDate to = Params.optionalDate("to", ctx.queryParam("to"));
        Params.requireOrdered("from", from, "to", to);
        return new StanceParameters(actor, target, from, to);
    }

    private static String writeStance(StanceParameters p) {
        return "/stance?actor=" + enc(p.actor()) + "&target=" + enc(p.target())
                + (p.from() == null ? "" : "&from=" + p.from()) + (p.to() == null ? "" : "&to=" + p.to());
    }

    private static EventQuery readEvents(Context ctx) {
        return new EventQuery(Params.optionalEventType("type", ctx.queryParam("type")),
                Params.optionalActor("actor", ctx.queryParam("actor")),
                Params.optionalDate("since", ctx.queryParam("since")),
                Params.limit("limit", ctx.queryParam("limit")),
                Params.confidence("minConfidence", ctx.queryParam("minConfidence")));
    }

    private static String writeEvents(EventQuery q) {
        StringBuilder path = new StringBuilder("/events?limit=" + q.limit());
        if (q.type() != null) {
            path.append("&type=").append(enc(q.type()));
        }
        if (q.actor() != null) {
            path.append("&actor=").append(enc(q.actor()));
        }
        if (q.since() != null) {
            path.append("&since=").append(q.since());
        }
        if (q.minConfidence() > 0) {
            path.append("&minConfidence=").append(q.minConfidence());
        }
        return path.toString();
    }

    private static String readArticle(Context ctx) {
        return Params.article("id", ctx.pathParam("id"));
    }

    private static JavaType listOf(TypeFactory types, Class<?> element) {
        return types.constructCollectionType(List.class, element);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
