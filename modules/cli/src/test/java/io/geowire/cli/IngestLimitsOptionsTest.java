package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.ingest.IngestLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

class IngestLimitsOptionsTest {

    private static final String ARTICLE = "Grain traders in the region said exports continued at a normal pace this "
            + "week, with rail capacity sufficient for the season and no new restrictions announced.\n";

    @Test
    void shouldReadSizesWithBinaryUnitsWhenGivenAsText() {
        IngestLimitsOptions.ByteSize size = new IngestLimitsOptions.ByteSize();

        assertThat(size.convert("4MB")).isEqualTo(4L << 20);
        assertThat(size.convert("512 kb")).isEqualTo(512L << 10);
        assertThat(size.convert("1g")).isEqualTo(1L << 30);
        assertThat(size.convert("1MiB")).isEqualTo(1L << 20);
        assertThat(size.convert("1000")).isEqualTo(1000L);
        assertThatThrownBy(() -> size.convert("ten megabytes")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> size.convert("0MB")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void shouldKeepTheDefaultsWhenNoLimitIsGiven() {
        IngestLimitsOptions options = parse();

        assertThat(options.limits()).isEqualTo(IngestLimits.defaults());
    }

    @Test
    void shouldOverrideOnlyTheGivenLimitsWhenSomeAreGiven() {
        IngestLimitsOptions options = parse("--max-file-size", "1GB", "--max-html-depth", "64");

        assertThat(options.limits()).isEqualTo(IngestLimits.defaults().withMaxFileBytes(1L << 30)
                .withMaxHtmlDepth(64));
    }

    @Test
    void shouldDeadLetterWithTheLimitInTheReasonWhenInspectIsGivenASmallRecordLimit(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("long.txt"), ARTICLE.repeat(20));
        Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(100) + ARTICLE
                + "</div>".repeat(100) + "</body></html>");

        CliRunner result = CliRunner.run("inspect", "--json", "--max-record-size", "2KB", "--max-html-depth", "50",
                dir.toString());

        assertThat(result.exitCode()).isZero();
        List<String> reasons = result.outLines().stream().map(IngestLimitsOptionsTest::reason).toList();
        assertThat(reasons).containsExactly("HTML nested deeper than 50 levels",
                "size 3.1 KB is over the 2 KB record limit");
    }

    @Test
    void shouldRejectTheCommandLineWhenALimitIsInvalid(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);

        CliRunner result = CliRunner.run("inspect", "--max-html-depth", "2", dir.toString());

        assertThat(result.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(result.err()).contains("HTML depth >= 16");
    }

    private static IngestLimitsOptions parse(String... args) {
        IngestLimitsOptions options = new IngestLimitsOptions();
        CommandLine cli = new CommandLine(CommandLine.Model.CommandSpec.create()
                .addMixin("limits", CommandLine.Model.CommandSpec.forAnnotatedObject(options)));
        cli.parseArgs(args);
        return options;
    }

    private static String reason(String line) {
        try {
            JsonNode node = Json.mapper().readTree(line);
            return node.get("reason").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
