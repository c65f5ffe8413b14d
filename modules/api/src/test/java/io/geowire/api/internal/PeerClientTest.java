package io.geowire.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small Javalin app on a free loopback port stands in for a peer instance. */
class PeerClientTest {

    private static final PeerClient CLIENT = new PeerClient(Duration.ofSeconds(5));
    private static final JavaType JSON = CLIENT.mapper().constructType(JsonNode.class);
    private static Javalin peer;
    private static HostInfo host;

    @BeforeAll
    static void start() {
        peer = Javalin.create(config -> config.showJavalinBanner = false);
        ErrorHandling.register(peer);
        peer.get(QueryRoute.LOCAL_PREFIX + "/sanctions/KAZ", ctx -> ctx.json(Map.of("actor", "KAZ")));
        peer.get(QueryRoute.LOCAL_PREFIX + "/sanctions/RUS", ctx -> ctx.header(QueryRoute.LOCAL_HEADER,
                QueryRoute.MISS).status(HttpStatus.NOT_FOUND).json(ApiError.of("no ledger of RUS here")));
        // a 404 from a handler, not the routing table, but without the mark: still not a miss
        peer.get(QueryRoute.LOCAL_PREFIX + "/sanctions/EU", ctx -> {
            throw new NotFoundException("unmarked");
        });
        peer.get(QueryRoute.LOCAL_PREFIX + "/sanctions/NATO", ctx -> ctx.status(HttpStatus.SERVICE_UNAVAILABLE));
        peer.start("127.0.0.1", 0);
        host = new HostInfo("127.0.0.1", peer.port());
    }

    @AfterAll
    static void stop() {
        peer.stop();
    }

    @Test
    void shouldParseBodyWhenPeerAnswers200() throws Exception {
        Optional<JsonNode> answer = get(QueryRoute.LOCAL_PREFIX + "/sanctions/KAZ");
        assertThat(answer).hasValueSatisfying(body -> assertThat(body.get("actor").asText()).isEqualTo("KAZ"));
    }

    @Test
    void shouldBeEmptyWhenPeerMarks404AsMiss() throws Exception {
        assertThat(get(QueryRoute.LOCAL_PREFIX + "/sanctions/RUS")).isEmpty();
    }

    @Test
    void shouldFailWhenPeerHasNoSuchEndpoint() {
        // what an older build, or another process on that port, answers for a route it does not know
        assertFails(QueryRoute.LOCAL_PREFIX + "/stance/pairs/unknown", "404");
    }

    @Test
    void shouldFailWhen404IsNotMarkedAsMiss() {
        assertFails(QueryRoute.LOCAL_PREFIX + "/sanctions/EU", "404");
    }

    @Test
    void shouldFailWhenPeerAnswersOtherError() {
        assertFails(QueryRoute.LOCAL_PREFIX + "/sanctions/NATO", "503");
    }

    private static Optional<JsonNode> get(String path) throws Exception {
        return CLIENT.<JsonNode>get(host, path, JSON).get(10, TimeUnit.SECONDS);
    }

    private static void assertFails(String path, String status) {
        assertThatThrownBy(() -> get(path))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class)
                .cause().hasMessageContaining(status);
    }
}
