package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the kill tests of live sources ask of a child process: a port for it, its log's tail and its REST state. */
final class LiveProbe {

    /** Lines of a child's log shown when an assertion about it fails: enough for its last error and stack trace. */
    private static final int LOG_TAIL_LINES = 40;

    private LiveProbe() {
    }

    /** A port free at the moment of asking, for a child process whose API must be found again after a restart. */
    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The end of a child's log, for assertion messages; never fails (a missing log says so instead). */
    static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    /** The state of the instance on {@code port} counts every input: articles + duplicates + dead letters. */
    static boolean stateHolds(int port, int inputs) {
        try {
            JsonNode summary = getJson(port, "/api/summary");
            return summary.path("articles").asLong() + summary.path("duplicates").asLong()
                    + summary.path("dead_letters").asLong() == inputs;
        } catch (Exception | AssertionError e) {
            return false; // not serving yet
        }
    }

    /**
     * The end of a kill test: waits until the restarted process has committed the position of every one of
     * {@code inputs} and its state counts each of them, then checks that {@code /api/sources} says this run produced
     * only what the killed one had not, and that every position was written exactly once.
     */
    static void awaitRestartCompletes(Process restarted, Path log, int port, ClientConfigs clients, Topics topics,
            int inputs, int producedBeforeKill, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (RawArticles.committedKeys(clients, topics.sourcePositions()).size() < inputs
                || !stateHolds(port, inputs)) {
            assertThat(restarted.isAlive()).as("log: %s", logTail(log)).isTrue();
            assertThat(System.nanoTime()).as("every input produced and in the state; log: %s", logTail(log))
                    .isLessThan(deadline);
            Thread.sleep(300);
        }
        JsonNode sources = getJson(port, "/api/sources");
        assertThat(sources).hasSize(1);
        assertThat(sources.get(0).get("produced").asLong()).as("the second run produced the rest only")
                .isEqualTo(inputs - producedBeforeKill);
        Map<String, Long> perInput = RawArticles.committedKeys(clients, topics.sourcePositions());
        assertThat(perInput).hasSize(inputs);
        assertThat(perInput.values()).as("each input's position written once").allMatch(n -> n == 1);
    }

    /** A 200 answer's JSON body from the instance on {@code port}; any other status fails the test. */
    static JsonNode getJson(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
