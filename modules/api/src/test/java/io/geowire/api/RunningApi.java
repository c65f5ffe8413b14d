package io.geowire.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An {@link ApiServer} on a free loopback port plus a plain JDK HTTP client talking to it. */
final class RunningApi implements AutoCloseable {

    record Reply(int status, HttpHeaders headers, String text) {

        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final ApiServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RunningApi(ApiServer server) {
        this.server = server;
    }

    int port() {
        return server.port();
    }

    /** For a server started some other way (e.g. with the resources of several instances). */
    static RunningApi of(ApiServer server) {
        return new RunningApi(server);
    }

    static RunningApi start(InMemoryQueries queries) {
        return start(queries, HealthInfo.of(() -> HealthInfo.UP, "localhost:9092"));
    }

    static RunningApi start(InMemoryQueries queries, HealthInfo health) {
        return new RunningApi(ApiServer.start(ApiOptions.onPort(0), queries, health));
    }

    static RunningApi start(InMemoryQueries queries, ApiExtras extras) {
        return new RunningApi(ApiServer.start(ApiOptions.onPort(0), queries,
                HealthInfo.of(() -> HealthInfo.UP, "localhost:9092"), extras));
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    ApiServer server() {
        return server;
    }

    Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery);
    }

    Reply send(String method, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
