package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    /** Navigation lines and a repeated paragraph make cleaned-text offsets differ from file offsets. */
    private static final String PAGE = """
            Home
            World
            Energy
            Subscribe

            Kazakhstan will not help Russia get around Western sanctions, the Kazakh deputy foreign minister said on \
            Tuesday.

            Kazakhstan will not help Russia get around Western sanctions, the Kazakh deputy foreign minister said on \
            Tuesday.

            Oil exports through the Caspian Pipeline Consortium were halted for a week after a storm damaged \
            mooring equipment at the terminal near Novorossiysk.
            """;

    @Test
    void shouldPrintContractFieldsWithOffsetsIntoTheSourceFileWhenFileIsExtracted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, PAGE);

        CliRunner result = CliRunner.run("extract", file.toString());

        assertThat(result.exitCode()).isZero();
        List<JsonNode> events = parse(result.outLines());
        assertThat(events).isNotEmpty();
        String source = Files.readString(file);
        for (JsonNode e : events) {
            assertThat(e.get("article").asText()).isEqualTo("page.txt");
            assertThat(e.get("type").asText()).isIn("stance", "route_disruption", "sanction_statement");
            assertThat(e.has("id") && e.has("date") && e.has("hedged") && e.has("confidence")).isTrue();
            int start = e.get("evidence_start").asInt();
            int end = e.get("evidence_end").asInt();
            assertThat(source.substring(start, end)).isEqualTo(e.get("evidence").asText());
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("route_disruption");
            assertThat(e.get("route").asText()).isEqualTo("CPC");
        });
    }

    @Test
    void shouldListEachEventOnceWhenParagraphIsRepeated(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.txt"), PAGE);

        List<JsonNode> events = parse(CliRunner.run("extract", dir.toString()).outLines());

        assertThat(events.stream().filter(e -> e.get("type").asText().equals("sanction_statement")).count())
                .isEqualTo(1);
    }

    @Test
    void shouldFailWithClearMessageWhenPathIsMissing(@TempDir Path dir) {
        CliRunner result = CliRunner.run("extract", dir.resolve("nope").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(result.err()).contains("nope");
    }

    @Test
    void shouldExitNoInputWhenNoArticleCouldBeRead(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRunner result = CliRunner.run("extract", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(result.err()).contains("no readable article");
    }

    private static List<JsonNode> parse(List<String> lines) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            nodes.add(Json.mapper().readTree(line));
        }
        return nodes;
    }
}
