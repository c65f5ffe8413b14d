package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.eval.MissExplainer;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.internal.TraceRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --explain}: each missed gold event gets the cause the extraction trace shows, on small articles
 * where the cause is known by construction (a hand-set model that says yes or no to every sentence).
 */
class MissExplainerTest {

    private static final String WARMLY = "Kazakhstan's envoy spoke warmly of China on Monday.";

    private record Run(List<ExtractedEvent> events, ExtractionTrace trace) {
    }

    private static Run run(Map<String, String> says, String text) {
        return run(says, text, new DataFiles(null));
    }

    private static Run run(Map<String, String> says, String text, DataFiles data) {
        Engine engine = new Engine(data, EventExtractor.VERSION, StubModels.saying(says),
                StubModels.constantEncoder());
        TraceRecorder recorder = TraceRecorder.recording();
        ArticleInput input = new ArticleInput("t.txt", text, null);
        List<ExtractedEvent> events = engine.extract(input, recorder);
        return new Run(events, Engine.trace(recorder, input, events));
    }

    private static MissExplainer.Explanation explain(Run run, List<String> keys, String evidence) {
        return new MissExplainer().explain(new EvaluationReport.Miss("t.txt", "stance", keys, evidence), run.trace());
    }

    @Test
    void shouldSayBelowThresholdWhenTheClassifierGivesTheSentenceNoStance() {
        // no rule reads "spoke warmly of": only the classifier could find it, and here it says no
        assertThat(EventExtractor.createRulesOnly().extract(new ArticleInput("t.txt", WARMLY, null))).isEmpty();
        Run run = run(Map.of("route_disruption", "disrupted"), WARMLY);
        MissExplainer.Explanation e = explain(run, List.of("KAZ", "CHN", "aligning"), WARMLY);
        assertThat(e.cause()).isEqualTo("below_threshold");
        assertThat(e.line()).startsWith("WHY t.txt stance [KAZ, CHN, aligning] :: below_threshold")
                .contains("p stance 0.00/0.50").contains("rules none");
    }

    @Test
    void shouldSayWhichFieldIsWrongWhenTheSentenceGaveAStanceWithOtherKeys() {
        Run run = run(Map.of("stance", "aligning"), WARMLY);
        assertThat(run.events()).extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KAZ", "CHN", "aligning"));
        assertThat(explain(run, List.of("CHN", "KAZ", "aligning"), WARMLY).cause())
                .isEqualTo("wrong_fields:swapped");
        assertThat(explain(run, List.of("KAZ", "CHN", "distancing"), WARMLY).cause())
                .isEqualTo("wrong_fields:polarity");
        assertThat(explain(run, List.of("KAZ", "RUS", "aligning"), WARMLY).cause())
                .isEqualTo("wrong_fields:target");
        assertThat(explain(run, List.of("KAZ", "CHN", "aligning"), "Kazakhstan's envoy spoke").line())
                .contains("evidence");
    }

    @Test
    void shouldNameRepeatedKeysWhenTheSameStanceWasStatedInAnEarlierParagraph() {
        String again = "Kazakhstan's envoy spoke warmly of China once more.";
        Run run = run(Map.of("stance", "aligning"), WARMLY + "\n\n" + again);
        assertThat(run.events()).filteredOn(e -> e.type().equals("stance")).hasSize(1);
        MissExplainer.Explanation e = explain(run, List.of("KAZ", "CHN", "aligning"), again);
        assertThat(e.cause()).isEqualTo("dropped:repeated_keys");
        assertThat(e.line()).contains("drafted [KAZ, CHN, aligning]");
    }

    @Test
    void shouldNameTheCheckThatDroppedTheStance(@TempDir Path overlay) throws IOException {
        // the target is only in the sentence before: the ranker can carry it over, target_named drops it (with the
        // encoder cascade off: by default a sentence naming one party is not even encoded, see the next test)
        Files.writeString(overlay.resolve("settings.tsv"), "encoder_cascade\toff\n");
        String text = "Chinese officials arrived in Astana on Sunday. Kazakhstan spoke warmly of the visit.";
        Run run = run(Map.of("stance", "aligning"), text, new DataFiles(overlay));
        ExtractionTrace.SentenceTrace second = run.trace().sentences().get(1);
        assertThat(second.steps()).extracting(ExtractionTrace.Step::outcome).containsExactly("check:target_named");
        List<String> drafted = second.steps().get(0).keys();
        assertThat(run.events()).noneMatch(ev -> ev.evidence().startsWith("Kazakhstan spoke"));
        assertThat(explain(run, drafted, "Kazakhstan spoke warmly of the visit.").cause())
                .isEqualTo("dropped:check:target_named");
    }

    @Test
    void shouldSayNotEncodedWhenTheCascadeLeftTheSentenceOut() {
        String text = "Chinese officials arrived in Astana on Sunday. Kazakhstan spoke warmly of the visit.";
        Run run = run(Map.of("stance", "aligning"), text);
        assertThat(explain(run, List.of("KAZ", "CHN", "aligning"), "Kazakhstan spoke warmly of the visit.").cause())
                .isEqualTo("not_encoded");
    }

    @Test
    void shouldTellAnotherRightEventOfTheSentenceFromAWrongOne() {
        Run run = run(Map.of("stance", "aligning"), WARMLY);
        EvaluationReport.Miss missed = new EvaluationReport.Miss("t.txt", "stance", List.of("KAZ", "RUS", "aligning"),
                WARMLY);
        EvaluationReport.Miss emitted = new EvaluationReport.Miss("t.txt", "stance", List.of("KAZ", "CHN", "aligning"),
                WARMLY);
        // KAZ->CHN matched a gold event of its own: the miss is a second event the sentence did not give
        assertThat(new MissExplainer().explain(missed, run.trace(), List.of()).cause())
                .isEqualTo("other_event:target");
        // KAZ->CHN is itself unmatched: the sentence's one event has the wrong target
        assertThat(new MissExplainer().explain(missed, run.trace(), List.of(emitted)).cause())
                .isEqualTo("wrong_fields:target");
    }

    @Test
    void shouldSayNoSentenceWhenTheEvidenceIsNotInTheText() {
        Run run = run(Map.of("stance", "aligning"), WARMLY);
        assertThat(explain(run, List.of("KAZ", "CHN", "aligning"), "Kyrgyzstan welcomed the decision.").cause())
                .isEqualTo("no_sentence");
    }

    @Test
    void shouldSayNotAssertingWhenTheEvidenceIsAQuestion() {
        String question = "Will Kazakhstan speak warmly of China?";
        Run run = run(Map.of("stance", "aligning"), WARMLY + " " + question);
        assertThat(explain(run, List.of("KAZ", "CHN", "aligning"), question).cause()).isEqualTo("not_asserting");
    }

    @Test
    void shouldCountMissesPerTypeAndCauseAfterTheLines() {
        Run run = run(Map.of("stance", "aligning"), WARMLY);
        List<MissExplainer.Explanation> all = new MissExplainer().explain(List.of(
                new EvaluationReport.Miss("t.txt", "stance", List.of("CHN", "KAZ", "aligning"), WARMLY),
                new EvaluationReport.Miss("t.txt", "stance", List.of("KAZ", "RUS", "aligning"), WARMLY),
                new EvaluationReport.Miss("u.txt", "stance", List.of("KAZ", "RUS", "aligning"), WARMLY)),
                Map.of("t.txt", run.trace()));
        assertThat(MissExplainer.format(all).lines().filter(l -> l.startsWith("CAUSE")))
                .containsExactly("CAUSE stance not_extracted 1", "CAUSE stance wrong_fields:swapped 1",
                        "CAUSE stance wrong_fields:target 1");
    }

    @Test
    void shouldGiveTheSameEventsWithAndWithoutATrace() {
        String text = WARMLY + " Chinese officials arrived in Astana on Sunday.";
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION,
                StubModels.saying(Map.of("stance", "aligning")), StubModels.constantEncoder());
        ArticleInput input = new ArticleInput("t.txt", text, null);
        assertThat(engine.extract(input, TraceRecorder.recording())).isEqualTo(engine.extract(input));
    }
}
