package io.geowire.ingest.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on a loopback port whose answers a test changes while it runs. */
final class TestSite implements AutoCloseable {

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    /** Every request as "METHOD path", in order, with the headers a test may check. */
    final List<HttpExchangeRecord> requests = new CopyOnWriteArrayList<>();

    record HttpExchangeRecord(String path, String userAgent, String ifNoneMatch) {
    }

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            requests.add(new HttpExchangeRecord(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("If-None-Match")));
            Answer a = answers.get(exchange.getRequestURI().getPath());
            try {
                if (a == null) {
                    send(exchange, 404, "text/plain", "not here");
                } else {
                    a.answer(exchange);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void serve(String path, String contentType, String body) {
        answers.put(path, ex -> send(ex, 200, contentType, body));
    }

    void answer(String path, Answer answer) {
        answers.put(path, answer);
    }

    /** Serves {@code body} with an ETag; a request carrying that ETag gets 304. */
    void serveWithEtag(String path, String contentType, String body, String etag) {
        answers.put(path, ex -> {
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, contentType, body);
        });
    }

    void status(String path, int status) {
        answers.put(path, ex -> send(ex, status, "text/plain", "status " + status));
    }

    void redirect(String path, String location) {
        answers.put(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
