package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The main job end to end, as a user runs it: its own embedded broker, Streams, API, then the seed corpus. */
class RunCommandIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));

    @Test
    void shouldReportSeedCorpusFromStateStoresWhenRunOnce() throws Exception {
        Path corpus = SHARED.resolve("corpus");
        assumeThat(Files.isDirectory(corpus)).as("../shared/corpus beside the checkout").isTrue();

        CliRunner result = CliRunner.run("run", "--once", "--json", "--port", "0", "--corpus", corpus.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.outLines();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("articles").asLong()).isEqualTo(5);
        assertThat(summary.get("dead_letters").asLong()).isZero();
        assertThat(summary.get("events").get("stance").asLong()).isPositive();
        assertThat(summary.get("events").get("route_disruption").asLong()).isPositive();
        assertThat(summary.get("events").get("sanction_statement").asLong()).isPositive();
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        assertThat(summary.get("settled").asBoolean()).isTrue();
    }

    @Test
    void shouldProcessBundledSampleCorpusWhenNoCorpusIsGiven() throws Exception {
        CliRunner result = CliRunner.run("run", "--once", "--json", "--port", "0");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.outLines();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("articles").asLong()).isEqualTo(4);
        assertThat(summary.get("balanced").asBoolean()).isTrue();
    }
}
