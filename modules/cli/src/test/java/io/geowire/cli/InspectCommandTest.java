package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @Test
    void shouldPrintOneObjectPerInputAndExitZeroWhenSomeInputsAreBad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), """
                A quiet week on the steppe
                https://example.org/news/steppe
                May 2, 2023

                Grain traders in the region said exports continued at a normal pace this week, with rail \
                capacity sufficient for the season and no new restrictions announced by any government.
                """);
        Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRunner result = CliRunner.run("inspect", "--json", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(2);
        JsonNode empty = Json.mapper().readTree(result.outLines().get(0));
        JsonNode good = Json.mapper().readTree(result.outLines().get(1));
        assertThat(empty.get("status").asText()).isEqualTo("dead_letter");
        assertThat(empty.get("reason").asText()).isNotBlank();
        assertThat(good.get("status").asText()).isEqualTo("ok");
        assertThat(good.get("title").asText()).isEqualTo("A quiet week on the steppe");
        assertThat(good.get("published").asText()).isEqualTo("2023-05-02");
        assertThat(result.err()).contains("ingested 2 articles: 1 ok, 0 duplicates, 1 dead letters");
    }

    @Test
    void shouldExitNonZeroWithMessageWhenNothingCanBeRead(@TempDir Path dir) {
        CliRunner result = CliRunner.run("inspect", dir.resolve("missing-folder").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(result.err()).startsWith("geowire inspect: ").contains("missing-folder");
    }
}
