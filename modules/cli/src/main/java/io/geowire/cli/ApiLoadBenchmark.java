package io.geowire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.producer.ProduceSummary;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Query latency of the REST API under concurrent load, on loopback: starts an embedded broker and one or two
 * Streams instances (same application id), runs a corpus through them, then fires a fixed number of GETs over
 * the endpoints from a bounded pool (alternating instances) and prints p50/p99 per endpoint and overall.
 *
 * <pre>java -cp ... io.geowire.cli.ApiLoadBenchmark [--corpus DIR] [--requests N] [--concurrency C] [--instances 1|2]</pre>
 */
public final class ApiLoadBenchmark {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private ApiLoadBenchmark() {
    }

    /** The options of one run; see {@link #main}. */
    public record Options(Path corpus, int requests, int concurrency, int instances) {
    }

    public static void main(String[] args) throws Exception {
        run(parse(args), System.out);
    }

    public static void run(Options o, PrintStream out) throws Exception {
        List<LocalPipeline> pipelines = new ArrayList<>();
        try {
            pipelines.add(LocalPipeline.start(settings(null, o.instances() > 1 ? 1 : 0)));
            for (int i = 1; i < o.instances(); i++) {
                pipelines.add(LocalPipeline.start(settings(pipelines.get(0).bootstrap(), 1)));
            }
            LocalPipeline first = pipelines.get(0);
            ProduceSummary produced = CorpusRun.produce(first.clients(), first.topics(),
                    List.of(o.corpus().toString()), "geowire-bench-" + System.nanoTime());
            if (!awaitSettled(pipelines, produced)) {
                throw new IllegalStateException("the pipeline did not settle");
            }
            List<String> paths = paths(first);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            fire(http, pipelines, paths, Math.min(200, o.requests()), o.concurrency()); // warm-up (JIT, connections)
            long start = System.nanoTime();
            Map<String, List<Long>> latencies = fire(http, pipelines, paths, o.requests(), o.concurrency());
            double seconds = (System.nanoTime() - start) / 1e9;
            report(out, o, produced, latencies, seconds);
        } finally {
            for (int i = pipelines.size() - 1; i >= 0; i--) {
                pipelines.get(i).close();
            }
        }
    }

    private static LocalPipeline.Settings settings(String bootstrap, int standbys) {
        return new LocalPipeline.Settings(bootstrap, null, 0, null, "127.0.0.1", 0, "", "geowire-bench", standbys,
                Duration.ofMinutes(2));
    }

    private static boolean awaitSettled(List<LocalPipeline> pipelines, ProduceSummary produced) throws Exception {
        LocalPipeline first = pipelines.get(0);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = first.streams().isCaughtUp(first.admin());
            for (LocalPipeline p : pipelines) {
                all = all && RunSummary.balanced(p.queries().summary(), produced);
            }
            if (all) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** The endpoints a dashboard uses, with ids taken from the data itself. */
    private static List<String> paths(LocalPipeline p) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode pairs = Json.mapper().readTree(get(http, p.apiUrl() + "/api/stance/pairs").body());
        JsonNode routes = Json.mapper().readTree(get(http, p.apiUrl() + "/api/routes").body());
        JsonNode events = Json.mapper().readTree(get(http, p.apiUrl() + "/api/events?type=sanction_statement").body());
        List<String> paths = new ArrayList<>(List.of("/api/stance/pairs", "/api/routes", "/api/events",
                "/api/summary"));
        if (!pairs.isEmpty()) {
            paths.add("/api/stance?actor=" + pairs.get(0).get("actor").asText() + "&target="
                    + pairs.get(0).get("target").asText());
        }
        if (!routes.isEmpty()) {
            paths.add("/api/routes/" + routes.get(0).get("route").asText());
        }
        if (!events.isEmpty()) {
            paths.add("/api/sanctions/" + events.get(0).get("fields").get("actor").asText());
            paths.add("/api/articles/" + events.get(0).get("articles").get(0).asText());
        }
        return paths;
    }

    private static Map<String, List<Long>> fire(HttpClient http, List<LocalPipeline> pipelines, List<String> paths,
            int requests, int concurrency) throws Exception {
        Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String path = paths.get(i % paths.size());
                LocalPipeline target = pipelines.get((i / paths.size()) % pipelines.size());
                tasks.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = get(http, target.apiUrl() + path);
                    long took = (System.nanoTime() - t0) / 1_000;
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    micros.computeIfAbsent(path, k -> new ConcurrentLinkedQueue<>()).add(took);
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests did not answer 200");
        }
        Map<String, List<Long>> sorted = new LinkedHashMap<>();
        for (String path : paths) {
            sorted.put(path, micros.getOrDefault(path, new ConcurrentLinkedQueue<>()).stream().sorted().toList());
        }
        return sorted;
    }

    private static HttpResponse<String> get(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        }
    }

    private static void report(PrintStream out, Options o, ProduceSummary produced, Map<String, List<Long>> latencies,
            double seconds) {
        out.printf(Locale.ROOT, "%d requests, %d concurrent, %d instance(s), %d inputs: %.0f requests/s%n",
                o.requests(), o.concurrency(), o.instances(), produced.inputs(), o.requests() / seconds);
        out.printf(Locale.ROOT, "%-44s %8s %9s %9s%n", "endpoint", "count", "p50 ms", "p99 ms");
        List<Long> all = new ArrayList<>();
        latencies.forEach((path, values) -> {
            all.addAll(values);
            out.printf(Locale.ROOT, "%-44s %8d %9.2f %9.2f%n", shorten(path), values.size(),
                    percentile(values, 50), percentile(values, 99));
        });
        all.sort(null);
        out.printf(Locale.ROOT, "%-44s %8d %9.2f %9.2f%n", "overall", all.size(), percentile(all, 50),
                percentile(all, 99));
    }

    /** Nearest-rank percentile of sorted microseconds, in milliseconds. */
    static double percentile(List<Long> sortedMicros, double p) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedMicros.size());
        return sortedMicros.get(Math.max(0, rank - 1)) / 1000.0;
    }

    private static String shorten(String path) {
        return path.length() <= 44 ? path : path.substring(0, 41) + "...";
    }

    static Options parse(String[] args) {
        Path corpus = Path.of("../shared/corpus");
        int requests = 4000;
        int concurrency = 16;
        int instances = 1;
        List<String> list = Arrays.asList(args);
        for (int i = 0; i + 1 < list.size(); i += 2) {
            String value = list.get(i + 1);
            switch (list.get(i)) {
                case "--corpus" -> corpus = Path.of(value);
                case "--requests" -> requests = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--instances" -> instances = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + list.get(i));
            }
        }
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no corpus folder at " + corpus);
        }
        if (requests < 1 || concurrency < 1 || instances < 1 || instances > 2) {
            throw new IllegalArgumentException("requests and concurrency must be positive, instances 1 or 2");
        }
        return new Options(corpus, requests, concurrency, instances);
    }
}
