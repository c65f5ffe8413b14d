package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
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
 * our own. A gate of one bias weight keeps everything (+10) or nothing (-10), so what is tested is which events it is
 * asked about.
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
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS + ",context_gate", "threshold\t0.5\nbias\t-10\n")).isEmpty();
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS + ",context_gate", "threshold\t0.5\nbias\t10\n"))
                .containsExactly("MDA|RUS");
    }

    @Test
    void shouldKeepAContextFilledStanceWhenTheGateIsNotSwitchedOnOrHasNoWeights() throws IOException {
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS, "threshold\t0.5\nbias\t-10\n")).containsExactly("MDA|RUS");
        assertThat(stances(FILLED_TEXT, FILLED, CHECKS + ",context_gate", "# no weights\n"))
                .containsExactly("MDA|RUS");
    }

    @Test
    void shouldLeaveAStanceNamingBothPartiesAloneWhenTheGateRejectsEverything() throws IOException {
        String both = "Moldovan President Maia Sandu said on Friday that she rejected the offer from Russia.";
        String text = "Moldova and Russia argued over gas debts all winter.\n\n" + both;
        assertThat(stances(text, both, CHECKS + ",context_gate", "threshold\t0.5\nbias\t-10\n"))
                .containsExactly("MDA|RUS");
    }
}
