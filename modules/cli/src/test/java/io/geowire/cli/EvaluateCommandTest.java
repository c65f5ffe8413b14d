package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.producer.CorpusEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The quality bar, measured through the same ingest-and-extract path users run. */
class EvaluateCommandTest {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));
    private static final Pattern TYPE_LINE = Pattern.compile("^(stance|route_disruption|sanction_statement)\\s.*F1 ([0-9.]+)");

    @Test
    void shouldMeetQualityBarWhenEvaluatedOnSeedGold() {
        assumeThat(Files.isDirectory(SHARED.resolve("gold"))).as("../shared/gold beside the checkout").isTrue();

        CliRunner result = CliRunner.run("evaluate", "--gold", SHARED.resolve("gold").toString(),
                "--corpus", SHARED.resolve("corpus").toString(), "--min-f1", "0.75");

        assertThat(result.exitCode()).as(result.out()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(lines.size() - 1)).matches("micro F1 [0-9.]+");
        long typeLines = 0;
        for (String line : lines) {
            Matcher m = TYPE_LINE.matcher(line.strip());
            if (m.find()) {
                typeLines++;
                assertThat(Double.parseDouble(m.group(2))).as(line).isGreaterThanOrEqualTo(0.6);
            }
        }
        assertThat(typeLines).isEqualTo(3);
    }

    @Test
    void shouldPrintTheReportTheQualityGuardsCheckWhenEvaluatingSeeds() {
        assumeThat(Files.isDirectory(SHARED.resolve("gold"))).as("../shared/gold beside the checkout").isTrue();

        CliRunner result = CliRunner.run("evaluate", "--gold", SHARED.resolve("gold").toString(),
                "--corpus", SHARED.resolve("corpus").toString());
        // what the producer module's ExtractionQualityTest measures and guards
        EvaluationReport guarded = CorpusEvaluation.evaluate(SHARED.resolve("gold"), SHARED.resolve("corpus"),
                EventExtractor.createDefault(), article -> { });

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(guarded.format().strip());
        assertThat(guarded.micro().f1()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void shouldExplainEveryMissBeforeTheSameReportWhenAskedToExplain() {
        assumeThat(Files.isDirectory(SHARED.resolve("gold"))).as("../shared/gold beside the checkout").isTrue();
        String gold = SHARED.resolve("gold").toString();
        String corpus = SHARED.resolve("corpus").toString();

        // rules only: the tracer's plumbing, without the encoder's CPU
        CliRunner explained = CliRunner.run("evaluate", "--gold", gold, "--corpus", corpus, "--rules-only",
                "--explain");

        assertThat(explained.exitCode()).as(explained.err()).isZero();
        List<String> lines = explained.outLines();
        List<String> why = lines.stream().filter(l -> l.startsWith("WHY ")).toList();
        long misses = lines.stream().filter(l -> l.startsWith("MISS ")).count();
        assertThat(misses).isPositive();
        assertThat(why).hasSize((int) misses);
        int counted = lines.stream().filter(l -> l.startsWith("CAUSE "))
                .mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(' ') + 1))).sum();
        assertThat(counted).isEqualTo(misses);
        // the report itself, and so its last line, is what evaluate prints without --explain
        EvaluationReport plain = CorpusEvaluation.evaluate(SHARED.resolve("gold"), SHARED.resolve("corpus"),
                EventExtractor.createRulesOnly(), article -> { });
        assertThat(explained.out().strip()).endsWith(plain.format().strip());
    }

    @Test
    void shouldListEveryWrongDateBeforeTheSameReportWhenAskedForDates() {
        assumeThat(Files.isDirectory(SHARED.resolve("gold"))).as("../shared/gold beside the checkout").isTrue();
        String gold = SHARED.resolve("gold").toString();
        String corpus = SHARED.resolve("corpus").toString();

        CliRunner dated = CliRunner.run("evaluate", "--gold", gold, "--corpus", corpus, "--rules-only", "--dates");

        assertThat(dated.exitCode()).as(dated.err()).isZero();
        CorpusEvaluation.Scored scored = CorpusEvaluation.evaluateWithDates(SHARED.resolve("gold"),
                SHARED.resolve("corpus"), EventExtractor.createRulesOnly(), article -> { });
        List<String> lines = dated.outLines().stream().filter(l -> l.startsWith("DATE ")).toList();
        assertThat(lines).isNotEmpty().containsExactlyElementsOf(
                scored.wrongDates().stream().map(d -> d.line()).toList());
        assertThat(lines).allMatch(l -> l.contains(" predicted=") && l.contains(" gold=") && l.contains(" published="));
        // the report itself, and so its last line, is what evaluate prints without --dates
        assertThat(dated.out().strip()).endsWith(scored.report().format().strip());
    }

    @Test
    void shouldFailWhenGoldFolderIsMissing(@org.junit.jupiter.api.io.TempDir Path dir) {
        CliRunner result = CliRunner.run("evaluate", "--gold", dir.resolve("none").toString(),
                "--corpus", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(result.err()).contains("gold folder not found");
    }

    @Test
    void shouldScoreTheSecondAnnotationsWithoutExtractingWhenGivenAnnotations(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.writeString(gold.resolve("a.json"), """
                {"article": "a.txt", "events": [
                  {"type": "stance", "actor": "GEO", "target": "EU", "polarity": "aligning",
                   "evidence": "Tbilisi reaffirmed its bid to join the European Union"},
                  {"type": "route_disruption", "route": "BTC", "status": "at_risk",
                   "evidence": "Traders fear the pipeline may be shut"}
                ]}""");
        Files.writeString(second.resolve("a.json"), """
                {"article": "a.txt", "events": [
                  {"type": "stance", "actor": "GEO", "target": "EU", "polarity": "aligning",
                   "evidence": "Tbilisi reaffirmed its bid to join the European Union"},
                  {"type": "route_disruption", "route": "BTC", "status": "disrupted",
                   "evidence": "Traders fear the pipeline may be shut"}
                ]}""");

        // no --corpus and no article text: nothing is extracted
        CliRunner result = CliRunner.run("evaluate", "--gold", gold.toString(), "--annotations", second.toString(),
                "--min-f1", "0.6");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(result.outLines()).contains("DISAGREE route_disruption:status 1");
        assertThat(result.outLines().get(result.outLines().size() - 1)).isEqualTo("micro F1 0.500");
    }

    @Test
    void shouldRefuseWhenGivenBothCorpusAndAnnotations(@org.junit.jupiter.api.io.TempDir Path dir) {
        CliRunner result = CliRunner.run("evaluate", "--gold", dir.toString(), "--corpus", dir.toString(),
                "--annotations", dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("either --corpus").contains("--annotations");
    }
}
