package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.ingest.IngestOptions;
import io.geowire.producer.CorpusProducer;
import io.geowire.producer.PipelineMetrics;
import io.geowire.producer.ProduceSummary;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline metrics as a user scrapes them: the seed corpus plus one empty file through the real broker, then
 * {@code /metrics} read over HTTP. One run serves every test (starting a pipeline takes seconds).
 */
@KafkaIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineMetricsIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));
    private static final Path DASHBOARD = Path.of("../../docker/grafana/geowire-dashboard.json");

    private String scraped;
    private String topicPrefix;

    @BeforeAll
    void runSeedCorpus(TestKafka kafka, @TempDir Path tmp) throws Exception {
        Path corpus = SHARED.resolve("corpus");
        assumeThat(Files.isDirectory(corpus)).as("../shared/corpus beside the checkout").isTrue();
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "   \n");
        topicPrefix = kafka.uniqueName("metrics") + ".";
        String app = kafka.uniqueName("metrics-app");
        LocalPipeline.Settings settings = new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, topicPrefix, app, 0, Duration.ofMinutes(2));
        try (LocalPipeline pipeline = LocalPipeline.start(settings)) {
            ProduceSummary produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(),
                    List.of(corpus.toString(), empty.toString()), CorpusProducer.DEFAULT_TRANSACTIONAL_ID + "-" + app,
                    IngestOptions.defaults(), new PipelineMetrics(pipeline.meterRegistry()));
            assertThat(Settling.await(pipeline, produced, Duration.ofMinutes(2))).as("settled").isTrue();
            scraped = scrape(pipeline.apiUrl() + "/metrics");
        }
    }

    @Test
    void shouldCountInputsByOutcomeWhenCorpusWasProduced() {
        assertThat(value("geowire_articles_in_total{outcome=\"ok\"}")).isEqualTo(5.0);
        assertThat(value("geowire_articles_in_total{outcome=\"dead_letter\"}")).isEqualTo(1.0);
        assertThat(value("geowire_dead_letters_total{reason=\"empty_file\",stage=\"ingest\"}")).isEqualTo(1.0);
    }

    @Test
    void shouldCountEventsByTypeAndTimeEachExtractionWhenCorpusWasProduced() {
        assertThat(value("geowire_events_produced_total{type=\"stance\"}")).isPositive();
        assertThat(value("geowire_events_produced_total{type=\"route_disruption\"}")).isPositive();
        assertThat(value("geowire_extraction_seconds_count")).isEqualTo(5.0);
        assertThat(scraped).contains("# TYPE geowire_extraction_seconds histogram");
    }

    @Test
    void shouldReportStoreSizesLagAndLatencyFromStreamsWhenSettled() {
        assertThat(value("geowire_state_store_entries{store=\"articles-by-id\"}")).isEqualTo(5.0);
        assertThat(value("geowire_consumer_lag_records{topic=\"" + topicPrefix + "articles\"}")).isZero();
        assertThat(value("geowire_produce_to_queryable_max_seconds")).isBetween(0.0, 120.0);
        assertThat(value("geowire_produce_to_queryable_avg_seconds"))
                .isBetween(0.0, value("geowire_produce_to_queryable_max_seconds"));
    }

    @Test
    void shouldExposeEveryMetricTheDashboardQueriesWhenScraped() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (String metric : dashboardMetrics()) {
            if (!scraped.lines().anyMatch(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))) {
                missing.add(metric);
            }
        }
        assertThat(dashboardMetrics()).isNotEmpty();
        assertThat(missing).as("queried by the dashboard but not in /metrics").isEmpty();
    }

    @Test
    void shouldPassPromtoolLintWhenGeowireMetricsAreChecked() throws Exception {
        assumeThat(onPath("promtool")).as("promtool installed (Debian package prometheus)").isTrue();
        String ours = scraped.lines()
                .filter(l -> l.startsWith("geowire_") || l.startsWith("# HELP geowire_")
                        || l.startsWith("# TYPE geowire_"))
                .collect(Collectors.joining("\n", "", "\n"));
        Process promtool = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        promtool.getOutputStream().write(ours.getBytes(StandardCharsets.UTF_8));
        promtool.getOutputStream().close();
        String report = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(promtool.exitValue()).as(report).isZero();
        assertThat(report).isBlank();
    }

    /** Names of the series the dashboard's queries read (label matchers and functions stripped). */
    private static Set<String> dashboardMetrics() throws Exception {
        JsonNode dashboard = Json.mapper().readTree(DASHBOARD.toFile());
        Set<String> names = new TreeSet<>();
        Pattern metric = Pattern.compile("\\b((?:geowire|jvm|process|kafka)_[a-z0-9_]+)");
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                Matcher m = metric.matcher(target.get("expr").asText());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private double value(String series) {
        List<String> lines = new ArrayList<>(scraped.lines().filter(l -> l.startsWith(series + " ")).toList());
        assertThat(lines).as(series + " in\n" + ours()).hasSize(1);
        return Double.parseDouble(lines.get(0).substring(series.length() + 1).trim());
    }

    private String ours() {
        return scraped.lines().filter(l -> l.contains("geowire_")).collect(Collectors.joining("\n"));
    }

    private static String scrape(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
