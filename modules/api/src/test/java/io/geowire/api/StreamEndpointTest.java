package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.streams.query.CorroboratedEvent;
import io.geowire.streams.query.PipelineSummary;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StreamEndpointTest {

    /** Reads "event:" / "data:" pairs of a server-sent event stream into a queue, on a thread of its own. */
    static BlockingQueue<String[]> listen(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/stream")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        events.add(new String[] {event, line.substring(5).trim()});
                    }
                }
            } catch (java.io.IOException e) {
                // the server closed the stream: the test is over
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    @Test
    void shouldSendChangeWithNewEventWhenStateGainsOne() throws Exception {
        InMemoryQueries queries = new InMemoryQueries();
        try (RunningApi api = RunningApi.start(queries)) {
            BlockingQueue<String[]> events = listen(api.port());
            assertThat(events.poll(5, TimeUnit.SECONDS)).containsExactly("hello", "{\"stream\":\"/api/stream\"}");
            Thread.sleep(600); // the feed's first look sets its baseline

            CorroboratedEvent added = new CorroboratedEvent("ev-new", "sanction_statement", "2024-02-01", false, 0.9,
                    "Kazakhstan will not help.", Map.of("actor", "KAZ"), 1, List.of("a1"), List.of("Wire"));
            queries.withEvent(added).withSummary(new PipelineSummary(1, Map.of("sanction_statement", 1L),
                    Map.of("sanction_statement", 1L), 0, 0));
            String[] change = events.poll(5, TimeUnit.SECONDS);

            assertThat(change).as("change event").isNotNull();
            assertThat(change[0]).isEqualTo("change");
            var json = RunningApi.JSON.readTree(change[1]);
            assertThat(json.get("summary").get("articles").asLong()).isEqualTo(1);
            assertThat(json.get("new_events")).hasSize(1);
            assertThat(json.get("new_events").get(0).get("id").asText()).isEqualTo("ev-new");
        }
    }
}
