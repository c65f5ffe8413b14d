package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end, as a user runs it: its own embedded broker, Streams, API, then the seed corpus. */
class RunCommandIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));

    @Test
    void shouldReportSeedCorpusFromStateStoresWhenRunOnce() throws Exception {
        Path corpus = SHARED.resolve("corpus");
        assumeThat(Files.isDirectory(corpus)).as("../shared/corpus beside the checkout").isTrue();

        CliRunner result = CliRunner.run("run", "--once", "--json", "--port", "0", "--ephemeral", "--corpus",
                corpus.toString());

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
        CliRunner result = CliRunner.run("run", "--once", "--json", "--port", "0", "--ephemeral");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.outLines();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("articles").asLong()).isEqualTo(4);
        assertThat(summary.get("balanced").asBoolean()).isTrue();
    }

    @Test
    void shouldKeepBrokerDataWhenReplayFollowsRunOnSameDataDir(@TempDir Path data) throws Exception {
        CliRunner run = CliRunner.run("run", "--once", "--json", "--port", "0", "--data-dir", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("data in " + data);

        // a later process, no --bootstrap, no --corpus: the topics the run left in its data dir are reprocessed
        CliRunner replay = CliRunner.run("replay", "--once", "--json", "--port", "0", "--data-dir", data.toString());

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        List<String> lines = replay.outLines();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("articles").asLong()).isEqualTo(4);
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        assertThat(Files.isDirectory(data.resolve("streams"))).isTrue();
    }
}
