package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.internal.ContextGate;
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
 * The context gate (settings.tsv {@code context_gate}, context-gate.tsv; issue 11, xctx2) decides on the stances whose
 * actor or target only the story gives. A stub model reads every sentence as a distancing stance; the sentences are
 * our own. A gate whose only weight is the bias keeps everything (+10) or nothing (-10), so what is tested is which
 * events it is asked about.
 */
class ContextGateTest {

    private static final String CHECKS = "actor_named,target_named,opinion,conditional,"
            + "sanction_not_in_neutral_stance,comparison,history,concession,pronoun_actor,context_parties";

    /** Russia is not named in the last sentence: the target comes from the article's main pair. */
    private static final String FILLED = "Moldovan President Maia Sandu said on Friday that she rejected the offer.";
    private static final String FILLED_TEXT = "Moldova and Russia argued over gas debts all winter. Moldova wants "
            + "cheaper gas. Russia wants the debt paid.\n\nLithuania praised the new pipeline.\n\n" + FILLED;

    @TempDir
    Path overlay;

    /**
     * A gate file whose only non-zero weight is the bias: its rows come after the bundled file's, so every bundled
     * weight is set again (to 0) and the test does not depend on the committed fit.
     */
    private static String biasOnly(double bias, double threshold) {
        StringBuilder sb = new StringBuilder("threshold\t" + threshold + "\n");
        for (String f : ContextGate.FEATURES) {
            sb.append(f).append('\t').append(f.equals("bias") ? bias : 0.0).append('\n');
        }
        return sb.toString();
    }

    private List<String> stances(String text, String sentence, String checks, String gate) throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "learned_stance_checks\t" + checks + "\n"
                + "encoder_cascade\tfields\n");
        Files.writeString(overlay.resolve("context-gate.tsv"), gate);
        Engine engine = new Engine(new DataFiles(overlay), EventExtractor.VERSION,
                StubModels.saying(Map.of("stance", "distancing"), "asserted"), StubModels.constantEncoder());
        int from = text.indexOf(sentence);
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("stance"))
                .filter(e -> e.evidenceStart() >= from && e.evidenceStart() < from + sentence.length())
                .map(e -> e.actor() + "|" + e.target())
                .toList();
    }

    @Test
    void shouldDropAContextFilledStanceWhenTheGateScoresItBelowItsThreshold() throws IOException {
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS + ",context_gate", biasOnly(-10, 0.5))).isEmpty();
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS + ",context_gate", biasOnly(10, 0.5)))
                .containsExactly("MDA|RUS");
    }

    @Test
    void shouldKeepAContextFilledStanceWhenTheGateIsNotSwitchedOnOrItsThresholdIsZero() throws IOException {
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS, biasOnly(-10, 0.5))).containsExactly("MDA|RUS");
        // threshold 0 (what the out-of-fold choice gave for the bundled model) keeps every such stance
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS + ",context_gate", biasOnly(-10, 0)))
                .containsExactly("MDA|RUS");
    }

    @Test
    void shouldLeaveAStanceNamingBothPartiesAloneWhenTheGateRejectsEverything() throws IOException {
        String both = "Moldovan President Maia Sandu said on Friday that she rejected the offer from Russia.";
        String text = "Moldova and Russia argued over gas debts all winter.\n\n" + both;
        assertThat(stances(text, both, CHECKS + ",context_gate", biasOnly(-10, 0.5)))
                .containsExactly("MDA|RUS");
    }

    @Test
    void shouldRecordTheGateFeaturesInTheTraceWhenTheContextFilledTheStance() throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "learned_stance_checks\t" + CHECKS + "\n");
        Engine engine = new Engine(new DataFiles(overlay), EventExtractor.VERSION,
                StubModels.saying(Map.of("stance", "distancing"), "asserted"), StubModels.constantEncoder());
        ArticleInput in = new ArticleInput("t.txt", FILLED_TEXT, null);
        TraceRecorder trace = TraceRecorder.recording();
        ExtractionTrace t = Engine.trace(trace, in, engine.extract(in, trace));
        int from = FILLED_TEXT.indexOf(FILLED);
        List<ExtractionTrace.Step> steps = t.sentences().stream().filter(s -> s.start() == from)
                .flatMap(s -> s.steps().stream()).filter(s -> s.outcome().equals("emitted")).toList();
        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.keys()).containsExactly("MDA", "RUS", "distancing");
            assertThat(s.context()).containsEntry("target_main", 1.0).containsEntry("actor_voice", 0.0)
                    .containsEntry("distancing", 1.0).containsKeys(ContextGate.FEATURES.toArray(String[]::new));
        });
        // a stance naming both parties carries none
        int first = FILLED_TEXT.indexOf("Moldova and Russia");
        assertThat(t.sentences().stream().filter(s -> s.start() == first).flatMap(s -> s.steps().stream()))
                .allSatisfy(s -> assertThat(s.context()).isEmpty());
    }
}
