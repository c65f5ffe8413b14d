package io.geowire.api.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.streams.query.ChangeFeed;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.util.Map;

/**
 * GET /api/stream: server-sent events, one {@code change} event each time the queryable state changes (the new
 * summary and the events not seen before), so the dashboard updates within a second instead of at its next poll.
 * A {@code hello} event on connecting says the stream works; the dashboard keeps polling as the fallback.
 */
public final class StreamResource implements ApiResource {

    public static final String PATH = "/api/stream";
    private static final ObjectMapper JSON = JsonMapping.mapper();

    private final ChangeFeed feed;

    public StreamResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public void register(Javalin app) {
        app.sse(PATH, this::connect);
    }

    private void connect(SseClient client) {
        client.keepAlive();
        Runnable unsubscribe = feed.subscribe(change -> send(client, "change", change));
        client.onClose(unsubscribe);
        send(client, "hello", Map.of("stream", PATH));
    }

    private static void send(SseClient client, String event, Object data) {
        if (client.terminated()) {
            return;
        }
        try {
            client.sendEvent(event, JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event + " as JSON", e);
        }
    }
}
