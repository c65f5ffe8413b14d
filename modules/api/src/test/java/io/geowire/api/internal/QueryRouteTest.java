package io.geowire.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.streams.query.EventQuery;
import io.geowire.streams.query.QueryScope;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What one instance writes into a request to a peer's local route, the peer reads back unchanged: each route of
 * the table, served by a Javalin app that echoes the parameters and scope it read.
 */
class QueryRouteTest {

    private static final QueryScope STANDBY = QueryScope.standby(Set.of(
            new TopicPartition("app-events-by-entity-repartition", 2), new TopicPartition("articles", 0)));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Javalin peer;

    @BeforeAll
    static void start() {
        peer = Javalin.create(config -> config.showJavalinBanner = false);
        ErrorHandling.register(peer);
        QueryRoute.ALL.forEach(route -> peer.get(route.localPath(),
                ctx -> ctx.result(route.read(ctx) + "|" + QueryRoute.scope(ctx).encode())));
        peer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        peer.stop();
    }

    @Test
    void shouldReadBackStanceParametersWhenWrittenWithAndWithoutDates() throws Exception {
        assertRoundTrip(QueryRoute.STANCE, new QueryRoute.StanceParameters("KAZ", "RUS", null, null));
        assertRoundTrip(QueryRoute.STANCE, new QueryRoute.StanceParameters("EU", "NATO",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)));
    }

    @Test
    void shouldReadBackIdsWhenWrittenIntoPaths() throws Exception {
        assertRoundTrip(QueryRoute.ROUTE, "KTI_RAIL");
        assertRoundTrip(QueryRoute.SANCTIONS, "BRICS");
        // article ids keep their case and may hold characters that need escaping in a path
        assertRoundTrip(QueryRoute.ARTICLE, "Feed.jsonl:12#a@b+c=d");
        assertRoundTrip(QueryRoute.ARTICLE_EVENTS, "b-07.html");
    }

    @Test
    void shouldReadBackEventFiltersWhenWrittenWithAndWithoutThem() throws Exception {
        assertRoundTrip(QueryRoute.EVENTS, new EventQuery(null, null, null, 100));
        assertRoundTrip(QueryRoute.EVENTS, new EventQuery("route_disruption", "CPC", LocalDate.of(2024, 2, 29), 7));
    }

    @Test
    void shouldReadBackNothingWhenRouteTakesNoParameters() throws Exception {
        for (QueryRoute<QueryRoute.NoParameters, ?> route : List.of(QueryRoute.STANCE_PAIRS,
                QueryRoute.ROUTES, QueryRoute.SUMMARY)) {
            assertRoundTrip(route, QueryRoute.NoParameters.NONE);
        }
    }

    @Test
    void shouldMirrorEachPublicPathUnderTheLocalPrefixWhenListingRoutes() {
        for (QueryRoute<?, ?> route : QueryRoute.ALL) {
            String local = route.localPath();
            assertThat(local).startsWith(QueryRoute.LOCAL_PREFIX + "/");
            route.publicPath().ifPresent(path -> assertThat(path)
                    .isEqualTo(QueryRoute.PUBLIC_PREFIX + local.substring(QueryRoute.LOCAL_PREFIX.length())));
        }
        assertThat(QueryRoute.ARTICLE_EVENTS.publicPath()).isEmpty();
        assertThat(QueryRoute.ALL).filteredOn(QueryRoute::isKeyed)
                .containsExactlyInAnyOrder(QueryRoute.STANCE, QueryRoute.ROUTE, QueryRoute.SANCTIONS,
                        QueryRoute.ARTICLE);
    }

    private static <P> void assertRoundTrip(QueryRoute<P, ?> route, P parameters) throws Exception {
        for (QueryScope scope : new QueryScope[] {QueryScope.ACTIVE, STANDBY}) {
            String request = route.localRequest(parameters, scope);
            HttpResponse<String> echo = get(request);

            assertThat(echo.statusCode()).as(request + " -> " + echo.body()).isEqualTo(200);
            assertThat(echo.body()).as(request).isEqualTo(parameters + "|" + scope.encode());
        }
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + peer.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
