package io.geowire.api.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance's local-only endpoints ({@link LocalQueryResource}; paths from {@link QueryRoute}) over
 * HTTP. Every call has a timeout: a slow or dead instance must not hold a request longer than its standby
 * fallback takes.
 */
public final class PeerClient {

    private final HttpClient http;
    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Duration timeout;

    public PeerClient(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: no h2c upgrade round trip on every new connection to Jetty
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    public Duration timeout() {
        return timeout;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The parsed body (200), empty for a 404 the peer marked as a miss (no such key there); fails for anything
     * else, including an unmarked 404, which means the peer does not serve this route at all.
     */
    public <T> CompletableFuture<Optional<T>> get(HostInfo host, String pathAndQuery, JavaType type) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (isMiss(response)) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            try {
                return Optional.of(mapper.readValue(response.body(), type));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable answer from " + uri, e);
            }
        });
    }

    private static boolean isMiss(HttpResponse<?> response) {
        return response.statusCode() == 404 && response.headers()
                .firstValue(QueryRoute.LOCAL_HEADER)
                .filter(QueryRoute.MISS::equalsIgnoreCase)
                .isPresent();
    }
}
