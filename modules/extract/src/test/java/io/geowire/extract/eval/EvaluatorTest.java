package io.geowire.extract.eval;

import io.geowire.extract.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Matching and scoring as in score.py, on gold written for this test. */
class EvaluatorTest {
    private static final String GOLD = """
            {"article": "a.txt", "published": null, "events": [
              {"type": "stance", "actor": "ARM", "target": "CSTO", "polarity": "distancing", "date": "2024-02",
               "hedged": false, "evidence": "Yerevan froze its participation in the CSTO"},
              {"type": "route_disruption", "route": "DRUZHBA", "status": "disrupted", "date": null,
               "hedged": false, "evidence": "Druzhba flows were halted after a drone strike"},
              {"type": "sanction_statement", "actor": "HUN", "position": "oppose", "date": null,
               "hedged": false, "evidence": "Budapest will veto the new sanctions package"}
            ]}
            """;

    private static ExtractedEvent stance(String actor, String target, String polarity, String evidence, String date) {
        return new ExtractedEvent("id", "stance", "a.txt", date, false, evidence, 0, evidence.length(), 0.5, actor,
                target, polarity, null, null, null, null, null, null, null, null, "v");
    }

    private static ExtractedEvent route(String route, String status, String evidence) {
        return new ExtractedEvent("id", "route_disruption", "a.txt", null, false, evidence, 0, evidence.length(), 0.5,
                null, null, null, null, route, status, null, null, null, null, null, "v");
    }

    @Test
    void shouldScoreMatchesMissesAndSpuriousEventsWhenComparingWithGold(@TempDir Path gold) throws Exception {
        Files.writeString(gold.resolve("a.json"), GOLD, StandardCharsets.UTF_8);
        List<ExtractedEvent> predicted = List.of(
                stance("ARM", "CSTO", "distancing", "Armenia said Yerevan froze its participation in the CSTO.", "2024-02-21"),
                route("DRUZHBA", "at_risk", "Druzhba flows were halted after a drone strike"),
                stance("ARM", "RUS", "distancing", "An unrelated sentence about something else entirely.", null));

        EvaluationReport report = new Evaluator().evaluate(gold, Map.of("a.txt", predicted));

        assertThat(report.micro().tp()).isEqualTo(1);
        assertThat(report.micro().predicted()).isEqualTo(3);
        assertThat(report.micro().gold()).isEqualTo(3);
        assertThat(report.micro().f1()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(report.perType().get("stance").precision()).isCloseTo(0.5, within(1e-9));
        assertThat(report.perType().get("route_disruption").tp()).isZero();
        assertThat(report.relaxed().tp()).isEqualTo(2);
        assertThat(report.dateAccuracy()).isEqualTo(1.0);
        assertThat(report.missed()).extracting(EvaluationReport.Miss::type)
                .containsExactlyInAnyOrder("route_disruption", "sanction_statement");
        assertThat(report.spurious()).hasSize(2);
        assertThat(report.format()).endsWith("micro F1 0.333");
    }

    @Test
    void shouldNameTheGoldFileWhenItNamesNoArticle(@TempDir Path gold) throws Exception {
        Files.writeString(gold.resolve("b.json"), "{\"events\": []}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new Evaluator().evaluate(gold, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b.json").hasMessageContaining("\"article\"");
    }

    @Test
    void shouldMatchEachGoldEventOnceWhenTwoPredictionsOverlapIt(@TempDir Path gold) throws Exception {
        Files.writeString(gold.resolve("a.json"), GOLD, StandardCharsets.UTF_8);
        List<ExtractedEvent> predicted = List.of(
                stance("ARM", "CSTO", "distancing", "Yerevan froze its participation in the CSTO", null),
                stance("ARM", "CSTO", "distancing", "froze its participation in the CSTO", null));

        EvaluationReport report = new Evaluator().evaluate(gold, Map.of("a.txt", predicted));

        assertThat(report.micro().tp()).isEqualTo(1);
        assertThat(report.dateAccuracy()).isEqualTo(0.0);
    }

    @Test
    void shouldListMatchedEventWithItsDatesWhenItsDateDisagreesWithGold(@TempDir Path gold) throws Exception {
        Files.writeString(gold.resolve("a.json"), GOLD, StandardCharsets.UTF_8);
        List<ExtractedEvent> wrong = List.of(
                stance("ARM", "CSTO", "distancing", "Yerevan froze its participation in the CSTO", "2024-03-01"));
        List<ExtractedEvent> right = List.of(
                stance("ARM", "CSTO", "distancing", "Yerevan froze its participation in the CSTO", "2024-02-21"));

        List<Evaluator.DateMiss> misses = new Evaluator().wrongDates(gold, Map.of("a.txt", wrong),
                Map.of("a.txt", "2024-03-04"));

        assertThat(misses).singleElement().satisfies(d -> {
            assertThat(d.predicted()).isEqualTo("2024-03-01");
            assertThat(d.gold()).isEqualTo("2024-02");
            assertThat(d.published()).isEqualTo("2024-03-04");
            assertThat(d.line()).startsWith("DATE a.txt stance [ARM, CSTO, distancing] predicted=2024-03-01 gold=2024-02")
                    .endsWith(":: Yerevan froze its participation in the CSTO");
        });
        assertThat(new Evaluator().wrongDates(gold, Map.of("a.txt", right), Map.of())).isEmpty();
        // a date where the gold event has none is listed too (gold null): a timeline would show it
        List<ExtractedEvent> dated = List.of(route("DRUZHBA", "disrupted",
                "Druzhba flows were halted after a drone strike"));
        assertThat(new Evaluator().wrongDates(gold, Map.of("a.txt", List.of(new ExtractedEvent("id",
                "route_disruption", "a.txt", "2024-01-02", false, dated.get(0).evidence(), 0, 10, 0.5, null, null,
                null, null, "DRUZHBA", "disrupted", null, null, null, null, null, "v"))), Map.of()))
                .singleElement().satisfies(d -> assertThat(d.gold()).isNull());
    }

    @Test
    void shouldUseOverlapCoefficientWhenComparingEvidence() {
        assertThat(Evaluator.overlap("Yerevan froze participation", "Armenia: Yerevan froze its participation today"))
                .isEqualTo(1.0);
        assertThat(Evaluator.overlap("a b c d", "a b x y")).isEqualTo(0.5);
        assertThat(Evaluator.overlap("", "a")).isZero();
        assertThat(Evaluator.words("Russia\u2019s CPC-terminal")).containsExactlyInAnyOrder("russia", "s", "cpc", "terminal");
    }

    @Test
    void shouldRoundLikePythonWhenFormatting() {
        assertThat(EvaluationReport.fmt(0.8125)).isEqualTo("0.812");
        assertThat(EvaluationReport.fmt(2.0 / 3)).isEqualTo("0.667");
    }

    @Test
    void shouldMatchAnyTwoFreeFormRouteIdsButFixedOnesOnlyExactlyWhenComparingRoutes(@TempDir Path gold)
            throws Exception {
        Files.writeString(gold.resolve("a.json"), """
                {"article": "a.txt", "published": null, "events": [
                  {"type": "route_disruption", "route": "ADRIA", "status": "disrupted", "date": null,
                   "hedged": false, "evidence": "Flows through the Adria line stopped on Monday"},
                  {"type": "route_disruption", "route": "CPC", "status": "disrupted", "date": null,
                   "hedged": false, "evidence": "Loadings at the CPC terminal were halted"}
                ]}
                """, StandardCharsets.UTF_8);
        List<ExtractedEvent> predicted = List.of(
                route("JANAF", "disrupted", "Flows through the Adria line stopped on Monday"),
                route("DRUZHBA", "disrupted", "Loadings at the CPC terminal were halted"));

        EvaluationReport report = new Evaluator().evaluate(gold, Map.of("a.txt", predicted));

        assertThat(report.micro().tp()).as("ADRIA ~ JANAF (both free-form); CPC != DRUZHBA (both fixed)").isEqualTo(1);
    }

    @Test
    void shouldScoreASecondAnnotatorOnTheArticlesBothAnnotateWhenMeasuringAgreement(@TempDir Path dir)
            throws Exception {
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Path second = Files.createDirectory(dir.resolve("second"));
        Files.writeString(gold.resolve("a.json"), GOLD, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("b.json"), """
                {"article": "b.txt", "published": null, "events": [
                  {"type": "stance", "actor": "SRB", "target": "RUS", "polarity": "aligning", "date": null,
                   "hedged": false, "evidence": "Belgrade will not join the sanctions against Moscow"}
                ]}""", StandardCharsets.UTF_8);
        Files.writeString(second.resolve("a.json"), """
                {"article": "a.txt", "published": null, "events": [
                  {"type": "stance", "actor": "ARM", "target": "RUS", "polarity": "distancing", "date": null,
                   "hedged": false, "evidence": "Yerevan froze its participation in the CSTO"},
                  {"type": "route_disruption", "route": "DRUZHBA", "status": "disrupted", "date": null,
                   "hedged": false, "evidence": "Druzhba flows were halted after a drone strike"},
                  {"type": "sanction_statement", "actor": "HUN", "position": "threaten", "date": null,
                   "hedged": false, "evidence": "Budapest will veto the new sanctions package"}
                ]}""", StandardCharsets.UTF_8);
        Files.writeString(second.resolve("c.json"), "{\"article\": \"c.txt\", \"events\": []}",
                StandardCharsets.UTF_8);

        Evaluator.Agreement agreement = new Evaluator().agreement(gold, second);

        assertThat(agreement.report().micro().tp()).isEqualTo(1);
        assertThat(agreement.report().micro().gold()).as("b.txt has no second annotation: left out").isEqualTo(3);
        assertThat(agreement.report().relaxed().tp()).isEqualTo(3);
        assertThat(agreement.keyDisagreements())
                .containsExactly(Map.entry("sanction_statement:position", 1), Map.entry("stance:target", 1));
        assertThat(agreement.goldOnly()).containsExactly("b.txt");
        assertThat(agreement.secondOnly()).containsExactly("c.txt");
    }
}
