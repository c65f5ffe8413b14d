package io.geowire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every REST answer about the state, by path, as the exact bytes the API sent: the summary, every stance pair,
 * route and sanctions ledger, all events by type, and every article an event cites. Two snapshots are equal when
 * the state is byte-for-byte the same through the API.
 */
record StateSnapshot(Map<String, String> answers) {

    private static final List<String> TYPES = List.of("stance", "route_disruption", "sanction_statement");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static StateSnapshot take(String apiUrl) throws IOException, InterruptedException {
        Map<String, String> answers = new TreeMap<>();
        get(apiUrl, "/api/summary", answers);
        for (JsonNode pair : get(apiUrl, "/api/stance/pairs", answers)) {
            get(apiUrl, "/api/stance?actor=" + enc(pair.get("actor").asText()) + "&target="
                    + enc(pair.get("target").asText()), answers);
        }
        for (JsonNode route : get(apiUrl, "/api/routes", answers)) {
            get(apiUrl, "/api/routes/" + enc(route.get("route").asText()), answers);
        }
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> sanctionActors = new TreeSet<>();
        for (String type : TYPES) {
            for (JsonNode event : get(apiUrl, "/api/events?type=" + type + "&limit=1000", answers)) {
                event.get("articles").forEach(a -> articles.add(a.asText()));
                if ("sanction_statement".equals(type) && event.get("fields").has("actor")) {
                    sanctionActors.add(event.get("fields").get("actor").asText());
                }
            }
        }
        for (String actor : sanctionActors) {
            get(apiUrl, "/api/sanctions/" + enc(actor), answers);
        }
        for (String article : articles) {
            get(apiUrl, "/api/articles/" + enc(article), answers);
        }
        return new StateSnapshot(answers);
    }

    /** Paths whose answers differ (or exist on one side only), for a readable failure. */
    List<String> differences(StateSnapshot other) {
        List<String> diffs = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(answers.keySet());
        paths.addAll(other.answers.keySet());
        for (String path : paths) {
            String mine = answers.get(path);
            String theirs = other.answers.get(path);
            if (mine == null || !mine.equals(theirs)) {
                diffs.add(path + "\n  expected: " + mine + "\n  actual:   " + theirs);
            }
        }
        return diffs;
    }

    long eventCount() {
        return answers.entrySet().stream().filter(e -> e.getKey().startsWith("/api/events"))
                .mapToLong(e -> parse(e.getValue()).size()).sum();
    }

    private static JsonNode get(String apiUrl, String path, Map<String, String> answers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        answers.put(path, response.body());
        return Json.mapper().readTree(response.body());
    }

    private static JsonNode parse(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
