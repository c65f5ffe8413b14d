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
 * Fields of the stances the classifier adds (issue 11, xstance2): an actor listed with two or more others takes its
 * target from outside the list ({@code list_target_outside}), a sentence opened by "It" speaks of the state
 * before it ({@code pronoun_actor}), and a dated stance stated again in another paragraph is a new act
 * ({@code repeat_new_act}). A stub model reads every sentence as a stance; the sentences are our own. Each
 * test also runs with the switch taken out of settings.tsv, so it fails if the switch stops doing anything.
 */
class StanceFieldSwitchesTest {

    private static final String CHECKS = "actor_named,target_named,opinion,conditional,"
            + "sanction_not_in_neutral_stance,comparison,history,concession";

    @TempDir
    Path overlay;

    private List<String> stances(String polarity, String text, String checks) throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "learned_stance_checks\t" + checks + "\n");
        Engine engine = new Engine(new DataFiles(overlay), EventExtractor.VERSION,
                StubModels.saying(Map.of("stance", polarity), "asserted"), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("stance"))
                .map(e -> e.actor() + "|" + e.target() + "|" + e.polarity())
                .toList();
    }

    @Test
    void shouldTakeTheTargetFromOutsideTheListWhenTheActorIsOneOfThreeListedStates() throws IOException {
        // Saudi Arabia is named only as the place they spoke in: no word of the sentence makes it the target (with
        // "they stood with Saudi Arabia" the ranker's role features (xfields2) find it without the switch)
        String text = "The energy ministers of the United Arab Emirates, Kuwait and Iraq each said in Riyadh on Sunday "
                + "that the cut was technical.";
        List<String> listed = List.of("ARE", "KWT", "IRQ");
        List<String> with = stances("aligning", text, CHECKS + ",list_target_outside");
        assertThat(with).contains("ARE|SAU|aligning", "KWT|SAU|aligning", "IRQ|SAU|aligning");
        assertThat(with).noneMatch(e -> listed.contains(e.split("\\|")[0]) && listed.contains(e.split("\\|")[1]));
        // without the switch the ranker pairs members of the list with each other
        assertThat(stances("aligning", text, CHECKS))
                .anyMatch(e -> listed.contains(e.split("\\|")[0]) && listed.contains(e.split("\\|")[1]));
    }

    @Test
    void shouldReadTheActorOfASentenceOpenedByItAsTheStateThatOpenedTheSentenceBefore() throws IOException {
        String text = "Armenia recalled its ambassador from Moscow last year. It declined to host CSTO exercises "
                + "this spring.";
        assertThat(stances("distancing", text, CHECKS + ",pronoun_actor")).contains("ARM|CSTO|distancing");
        // actor_named alone drops it: Armenia is not named in the second sentence
        assertThat(stances("distancing", text, CHECKS)).doesNotContain("ARM|CSTO|distancing");
    }

    @Test
    void shouldCountADatedStanceAgainWhenALaterParagraphStatesItWithoutTheActorSpeaking() throws IOException {
        // no rule reads "drew closer": every stance here is the classifier's
        String text = "Kazakhstan drew closer to China after the war began.\n\n"
                + "Grain prices rose in the spring.\n\n"
                + "In March 2024 Kazakhstan drew closer to China again.";
        assertThat(stances("aligning", text, CHECKS + ",repeat_new_act"))
                .filteredOn("KAZ|CHN|aligning"::equals).hasSize(2);
        assertThat(stances("aligning", text, CHECKS)).filteredOn("KAZ|CHN|aligning"::equals).hasSize(1);
    }

    @Test
    void shouldNotCountTheMainPairAgainWhenALaterParagraphRestatesItWithoutADate() throws IOException {
        String text = "Kazakhstan drew closer to China after the war began.\n\n"
                + "Grain prices rose in the spring.\n\n"
                + "Kazakhstan keeps drawing closer to China.";
        assertThat(stances("aligning", text, CHECKS + ",repeat_new_act"))
                .filteredOn("KAZ|CHN|aligning"::equals).hasSize(1);
    }
}
