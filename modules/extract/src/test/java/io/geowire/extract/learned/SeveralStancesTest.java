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
 * Several stance events in one sentence (settings.tsv {@code several_stances}, issue 11, xmulti). Each test runs the
 * extractor with and without its switch, so it fails if the switch stops doing anything. The sentences are our own.
 */
class SeveralStancesTest {

    @TempDir
    Path overlay;

    private List<String> stances(String text, String several, boolean learned) throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "several_stances\t" + several + "\n");
        Engine engine = learned
                ? new Engine(new DataFiles(overlay), EventExtractor.VERSION,
                        StubModels.saying(Map.of("stance", "aligning"), "asserted"), StubModels.constantEncoder())
                : new Engine(new DataFiles(overlay), EventExtractor.VERSION);
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("stance"))
                .map(e -> e.actor() + "|" + e.target() + "|" + e.polarity())
                .toList();
    }

    @Test
    void shouldGiveAnAligningStanceEachWayWhenTwoStatesAgreeTogether() throws IOException {
        String text = "Norway and Russia on Friday agreed next year's fishing quotas for the Barents Sea.";
        assertThat(stances(text, "joint_act", false)).containsExactlyInAnyOrder("NOR|RUS|aligning",
                "RUS|NOR|aligning");
        assertThat(stances(text, "", false)).doesNotContain("NOR|RUS|aligning", "RUS|NOR|aligning");
    }

    @Test
    void shouldGiveNoJointStanceWhenTheSentenceSaysTheySignedNothing() throws IOException {
        String text = "Hungary and Israel signed no new agreements during the visit.";
        // the rules' own reading of it is another matter; the switch adds nothing
        assertThat(stances(text, "joint_act", false)).isEqualTo(stances(text, "", false));
    }

    @Test
    void shouldAddTheReverseStanceWhenTheTwoSidesSignTogether() throws IOException {
        String text = "Putin arrived in Astana on Thursday for a state visit to Kazakhstan, and the two governments "
                + "signed a set of agreements on energy and transport.";
        List<String> with = stances(text, "reciprocal,reciprocal_verb", true);
        assertThat(with).contains("RUS|KAZ|aligning", "KAZ|RUS|aligning");
        assertThat(stances(text, "", true)).contains("RUS|KAZ|aligning").doesNotContain("KAZ|RUS|aligning");
    }

    @Test
    void shouldNotReverseAStanceWhenTheTwoLeadersOnlyLastMet() throws IOException {
        String text = "Putin arrived in Astana on Thursday for a state visit to Kazakhstan; the two leaders last met "
                + "in Samarkand.";
        assertThat(stances(text, "reciprocal,reciprocal_verb", true)).contains("RUS|KAZ|aligning")
                .doesNotContain("KAZ|RUS|aligning");
    }

    @Test
    void shouldGiveEachListedStateTheRuleStanceWhenRuleListsIsOn() throws IOException {
        String text = "Lithuania, Latvia and Estonia condemned Russia's decision.";
        List<String> without = stances(text, "", false);
        assertThat(without).hasSize(1);
        assertThat(stances(text, "rule_lists", false)).containsExactlyInAnyOrder("LTU|RUS|distancing",
                "LVA|RUS|distancing", "EST|RUS|distancing");
    }
}
