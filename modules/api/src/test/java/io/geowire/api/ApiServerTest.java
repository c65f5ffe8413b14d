package io.geowire.api;

import static io.geowire.api.Replies.assertJson;
import static io.geowire.api.Replies.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiServerTest {

    private static final InMemoryQueries QUERIES = new InMemoryQueries().withRoute(Samples.cpc());
    private static final AtomicReference<String> STATUS = new AtomicReference<>(HealthInfo.UP);
    private static RunningApi api;

    @BeforeAll
    static void start() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("instance", "127.0.0.1:7070");
        details.put("stream_state", "RUNNING");
        details.put("status", "overridden?");
        api = RunningApi.start(QUERIES, HealthInfo.of(STATUS::get, "broker-1:9092", () -> details));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void shouldDefaultToLoopbackWhenNoBindAddressGiven() {
        assertThat(ApiOptions.defaults().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(ApiOptions.onPort(0).bindAddress()).isEqualTo("127.0.0.1");
        assertThat(api.server().bindAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldNotBeReachableFromOtherInterfacesWhenBoundToDefault() throws SocketException {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeThat(external).as("a non-loopback IPv4 address on this machine").isPresent();

        assertThatThrownBy(() -> connect(external.get(), api.server().port())).isInstanceOf(IOException.class);
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @Test
    void shouldPickFreePortsWhenPortIsZero() {
        try (RunningApi other = RunningApi.start(new InMemoryQueries())) {
            assertThat(other.server().port()).isPositive().isNotEqualTo(api.server().port());
        }
    }

    @Test
    void shouldStopListeningWhenClosed() {
        RunningApi other = RunningApi.start(new InMemoryQueries());
        int port = other.server().port();
        other.close();

        assertThatThrownBy(() -> connect(InetAddress.getLoopbackAddress(), port)).isInstanceOf(IOException.class);
    }

    @Test
    void shouldReportHealthWithBootstrapAndDetailsWhenUp() {
        STATUS.set(HealthInfo.UP);

        assertJson(api.get("/health"), 200, """
                {"status":"UP","bootstrap":"broker-1:9092","instance":"127.0.0.1:7070","stream_state":"RUNNING"}
                """);
    }

    @Test
    void shouldAnswer503WhenNotUp() {
        STATUS.set(HealthInfo.STARTING);
        try {
            RunningApi.Reply reply = api.get("/health");

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("status").asText()).isEqualTo("STARTING");
        } finally {
            STATUS.set(HealthInfo.UP);
        }
    }

    @Test
    void shouldAnswer404JsonWhenPathIsUnknown() {
        assertNotFound(api.get("/api/nothing-here"));
        assertNotFound(api.get("/api/routes/CPC/extra"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/routes", "PUT, /api/routes/CPC", "DELETE, /api/routes/CPC", "POST, /api/events",
        "PATCH, /api/stance", "DELETE, /api/sanctions/KAZ", "POST, /health", "PUT, /api/summary",
    })
    void shouldRejectWriteMethodsWhenPathExists(String method, String path) {
        RunningApi.Reply reply = api.send(method, path);

        assertThat(reply.status()).as(reply.text()).isEqualTo(405);
        assertThat(reply.headers().firstValue("Allow")).contains("GET");
        assertThat(reply.json().get("error").asText()).contains(method);
        assertThat(QUERIES.routes()).containsExactly(Samples.cpc());
    }

    @Test
    void shouldReject404WhenWritingToUnknownPath() {
        assertNotFound(api.send("POST", "/api/anything"));
    }

    @Test
    void shouldAnswer500WithoutDetailsWhenQueryFails() {
        QUERIES.failWith(new IllegalStateException("store secret-store is migrating"));
        try {
            RunningApi.Reply reply = api.get("/api/routes");

            assertJson(reply, 500, """
                    {"error":"internal error"}
                    """);
            assertThat(reply.text()).doesNotContain("secret-store", "Exception", "at io.");
        } finally {
            QUERIES.failWith(null);
        }
        assertThat(api.get("/api/routes").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerJsonWhenJettyRejectsMalformedUrl() throws IOException {
        String raw = rawGet("/api/routes/%ZZ");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Type: application/json");
        assertThat(RunningApi.json(raw.substring(raw.indexOf("\r\n\r\n") + 4)).get("error").asText()).isNotBlank();
    }

    // java.net.URI refuses malformed escapes, so this request has to be written by hand
    private static String rawGet(String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.server().port())) {
            socket.setSoTimeout(5000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
