package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.api.internal.AnswerSource;
import io.geowire.api.internal.ApiResource;
import io.geowire.api.internal.PeerClient;
import io.geowire.api.internal.QueryRoute;
import io.geowire.testing.Certificates;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bearer token, the refusal to serve the network unprotected, HTTPS and CORS, on a real server. */
class ApiSecurityTest {

    private static final String TOKEN = "a-token-long-enough-for-the-check";
    private static final InMemoryQueries QUERIES = new InMemoryQueries().withRoute(Samples.cpc());
    private static final HealthInfo HEALTH = HealthInfo.of(() -> HealthInfo.UP, "localhost:9092");
    private static final ApiOptions WITH_TOKEN = ApiOptions.onPort(0)
            .withSecurity(ApiSecurity.none().withBearerToken(TOKEN));

    // keytool is three JVM starts: one certificate for the whole class
    @TempDir
    static Path certificateDir;
    private static Certificates certificates;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void shouldAnswer401WhenNoTokenIsSent() throws Exception {
        try (ApiServer server = ApiServer.start(WITH_TOKEN, QUERIES, HEALTH)) {
            HttpResponse<String> reply = get(server, "/api/routes", Map.of());

            assertThat(reply.statusCode()).isEqualTo(401);
            assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
            assertThat(RunningApi.json(reply.body()).get("error").asText()).contains("bearer token");
            // what is not listed as open is closed, whether it exists or not
            assertThat(get(server, "/metrics", Map.of()).statusCode()).isEqualTo(401);
            assertThat(get(server, "/openapi.json", Map.of()).statusCode()).isEqualTo(401);
            assertThat(get(server, "/api/no-such-thing", Map.of()).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void shouldAnswer401WhenTokenIsWrong() throws Exception {
        try (ApiServer server = ApiServer.start(WITH_TOKEN, QUERIES, HEALTH)) {
            assertThat(get(server, "/api/routes", bearer(TOKEN + "x")).statusCode()).isEqualTo(401);
            assertThat(get(server, "/api/routes", bearer(TOKEN.substring(1))).statusCode()).isEqualTo(401);
            assertThat(get(server, "/api/routes", Map.of("Authorization", "Basic " + TOKEN)).statusCode())
                    .isEqualTo(401);
        }
    }

    @Test
    void shouldAnswerWhenTokenIsRight() throws Exception {
        try (ApiServer server = ApiServer.start(WITH_TOKEN, QUERIES, HEALTH)) {
            HttpResponse<String> reply = get(server, "/api/routes", bearer(TOKEN));

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(RunningApi.json(reply.body()).get(0).get("route").asText()).isEqualTo("CPC");
        }
    }

    @Test
    void shouldKeepHealthAndDashboardFilesOpenWhenTokenIsRequired() throws Exception {
        try (ApiServer server = ApiServer.start(WITH_TOKEN, QUERIES, HEALTH)) {
            assertThat(get(server, "/health", Map.of()).statusCode()).isEqualTo(200);
            assertThat(get(server, "/", Map.of()).statusCode()).isEqualTo(200);
            assertThat(get(server, "/dashboard.js", Map.of()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseToStartWhenBoundBeyondLoopbackWithoutToken() {
        ApiOptions open = new ApiOptions("0.0.0.0", 0);

        assertThatThrownBy(() -> ApiServer.start(open, QUERIES, HEALTH))
                .isInstanceOf(UnprotectedApiException.class)
                .hasMessageContaining("0.0.0.0")
                .hasMessageContaining("GEOWIRE_API_TOKEN");
    }

    @Test
    void shouldStartWhenBoundBeyondLoopbackWithToken() throws Exception {
        ApiOptions options = new ApiOptions("0.0.0.0", 0, ApiSecurity.none().withBearerToken(TOKEN));
        try (ApiServer server = ApiServer.start(options, QUERIES, HEALTH)) {
            assertThat(get(server, "/api/routes", bearer(TOKEN)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseShortTokenWhenConfigured() {
        assertThatThrownBy(() -> ApiSecurity.none().withBearerToken("short"))
                .isInstanceOf(UnprotectedApiException.class)
                .hasMessageContaining("shorter than");
    }

    @Test
    void shouldSendNoCorsHeadersWhenNoOriginIsConfigured() throws Exception {
        try (ApiServer server = ApiServer.start(ApiOptions.onPort(0), QUERIES, HEALTH)) {
            HttpResponse<String> reply = get(server, "/api/routes", Map.of("Origin", "https://elsewhere.example"));

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void shouldAllowConfiguredOriginOnlyWhenCorsIsConfigured() throws Exception {
        ApiOptions options = ApiOptions.onPort(0).withSecurity(ApiSecurity.none()
                .withBearerToken(TOKEN).withCorsOrigins(List.of("https://desk.example")));
        try (ApiServer server = ApiServer.start(options, QUERIES, HEALTH)) {
            Map<String, String> fromDesk = Map.of("Origin", "https://desk.example", "Authorization", "Bearer " + TOKEN);
            Map<String, String> fromElsewhere = Map.of("Origin", "https://elsewhere.example",
                    "Authorization", "Bearer " + TOKEN);

            assertThat(get(server, "/api/routes", fromDesk).headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("https://desk.example");
            assertThat(get(server, "/api/routes", fromElsewhere).headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Test
    void shouldServeHttpsOnlyWhenKeystoreIsGiven() throws Exception {
        Certificates certificates = certificates();
        ApiOptions options = ApiOptions.onPort(0).withSecurity(ApiSecurity.none().withBearerToken(TOKEN)
                .withKeystore(certificates.keystore(), certificates.password()));
        try (ApiServer server = ApiServer.start(options, QUERIES, HEALTH)) {
            HttpClient trusting = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trusting(certificates)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://localhost:" + server.port()
                    + "/api/routes")).header("Authorization", "Bearer " + TOKEN).build();

            HttpResponse<String> reply = trusting.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(reply.statusCode()).isEqualTo(200);
            // a client that does not trust the certificate gets no answer at all
            HttpClient untrusting = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertThatThrownBy(() -> untrusting.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void shouldSendTokenWhenAskingPeerInstance() throws Exception {
        Certificates certificates = certificates();
        ApiSecurity security = ApiSecurity.none().withBearerToken(TOKEN)
                .withKeystore(certificates.keystore(), certificates.password());
        // a peer instance: a protected server with one instance-to-instance route
        ApiResource localRoute = new ApiResource() {
            @Override
            public void register(Javalin app) {
                app.get(QueryRoute.LOCAL_PREFIX + "/sanctions/KAZ", ctx -> ctx.json(Map.of("actor", "KAZ")));
            }
        };
        try (ApiServer peer = ApiServer.start(ApiOptions.onPort(0).withSecurity(security),
                AnswerSource.fresh(QUERIES), HEALTH, ApiExtras.none(), List.of(localRoute))) {
            HostInfo host = new HostInfo("localhost", peer.port());
            PeerClient withToken = new PeerClient(Duration.ofSeconds(5), security);
            PeerClient withoutToken = new PeerClient(Duration.ofSeconds(5), ApiSecurity.none()
                    .withKeystore(certificates.keystore(), certificates.password()));
            JavaType json = withToken.mapper().constructType(JsonNode.class);
            String path = QueryRoute.LOCAL_PREFIX + "/sanctions/KAZ";

            Optional<JsonNode> answer = withToken.<JsonNode>get(host, path, json).get(10, TimeUnit.SECONDS);

            assertThat(answer).hasValueSatisfying(body -> assertThat(body.get("actor").asText()).isEqualTo("KAZ"));
            assertThatThrownBy(() -> withoutToken.get(host, path, json).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().hasMessageContaining("401");
        }
    }

    private static synchronized Certificates certificates() {
        if (certificates == null) {
            certificates = Certificates.create(certificateDir);
        }
        return certificates;
    }

    private HttpResponse<String> get(ApiServer server, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static SSLContext trusting(Certificates certificates) throws Exception {
        KeyStore store = KeyStore.getInstance(certificates.truststore().toFile(), certificates.password().toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
