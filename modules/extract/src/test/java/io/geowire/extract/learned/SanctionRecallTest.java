package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sanction statements of real reporting the learned stage used to lose or misread (issue 11, helper xsanc): positions
 * restated later in an interview or release, companies and regulators complying, positions worded as denials. A stub
 * model says "this sentence is a sanction statement" with a fixed label, so only the fields and checks decide; the
 * sentences are our own.
 */
class SanctionRecallTest {

    private static List<ExtractedEvent> learned(SentenceModel model, String text) {
        Engine engine = new Engine(new DataFiles(null), io.geowire.extract.EventExtractor.VERSION, model,
                StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("sanction_statement")).toList();
    }

    private static List<ExtractedEvent> learned(String label, String text) {
        return learned(StubModels.saying(Map.of("sanction_statement", label), "asserted"), text);
    }

    // ---------------------------------------------------------------- a position stated again

    private static final String RESTATED = "Uzbekistan will not let its territory be used to evade Western sanctions, "
            + "the foreign minister said on Monday.\n\n"
            + "Trade with Moscow has grown since then, and officials in Tashkent spoke of new projects.\n\n"
            + "The customs committee of Uzbekistan checks every consignment on the common high-priority list, "
            + "its chairman said.";

    @Test
    void shouldCountARestatedSanctionPositionAgainWhenItStandsInAnotherParagraphAndTheHeadsAreSure() {
        assertThat(learned("refuse_circumvent", RESTATED))
                .filteredOn(e -> e.actor().equals("UZB") && e.position().equals("refuse_circumvent"))
                .extracting(ExtractedEvent::evidence)
                .anyMatch(e -> e.startsWith("Uzbekistan will not let"))
                .anyMatch(e -> e.startsWith("The customs committee of Uzbekistan checks"));
    }

    @Test
    void shouldNotCountARestatedSanctionPositionAgainWhenTheHeadsAreUnsure() {
        SentenceModel unsure = StubModels.sayingWithProbability(Map.of("sanction_statement", "refuse_circumvent"), 0.3);
        assertThat(learned(unsure, RESTATED))
                .filteredOn(e -> e.actor().equals("UZB") && e.position().equals("refuse_circumvent"))
                .extracting(ExtractedEvent::evidence)
                .noneMatch(e -> e.startsWith("The customs committee of Uzbekistan checks"));
    }

    @Test
    void shouldNotCountARestatedSanctionPositionAgainWhenItStandsInTheSameParagraph() {
        String text = RESTATED.replace("\n\n", " ");
        assertThat(learned("refuse_circumvent", text))
                .filteredOn(e -> e.actor().equals("UZB") && e.position().equals("refuse_circumvent"))
                .hasSize(1);
    }

    // ---------------------------------------------------------------- who acts when an unnamed organ does

    @Test
    void shouldTakeTheArticlesStateWhenTheRankedActorIsNamedOnlyAfterAPreposition() {
        String text = "Armenia tightened its export rules this week. Armenia's economy ministry published the list.\n\n"
                + "From 1 March the customs service will hold shipments of goods on the sanctions lists of the "
                + "United States, the United Kingdom and Japan.";
        assertThat(learned("refuse_circumvent", text))
                .filteredOn(e -> e.evidence().startsWith("From 1 March"))
                .extracting(ExtractedEvent::actor)
                .containsExactly("ARM");
    }

    @Test
    void shouldKeepAnActorNamedAsTheSubjectWhenItIsAlsoNamedAfterAPreposition() {
        String text = "Armenia tightened its export rules this week. Armenia's economy ministry published the list.\n\n"
                + "Japan will hold shipments of goods on the sanctions lists of Japan and the United States.";
        assertThat(learned("refuse_circumvent", text))
                .filteredOn(e -> e.evidence().startsWith("Japan will hold"))
                .extracting(ExtractedEvent::actor)
                .containsExactly("JPN");
    }

    // ---------------------------------------------------------------- positions from the sentence's own words

    @Test
    void shouldReadComplianceWhenAnOfficialSaysTheyApplyTheSanctions() {
        String text = "The EU adopted new sanctions against Russia in June.\n\n"
                + "\"Our job is to apply the sanctions as the regulation states,\" Estonia's tax board said.";
        assertThat(learned("oppose", text)).extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .contains(org.assertj.core.groups.Tuple.tuple("EST", "comply"));
    }

    @Test
    void shouldReadComplianceWhenAStateHasNoIntentionOfBreakingItsCommitments() {
        String text = "Washington did not renew the sanctions waiver for Iranian electricity.\n\n"
                + "A government spokesman said Iraq had no intention of breaking its commitments to Washington.";
        assertThat(learned("oppose", text)).extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .contains(org.assertj.core.groups.Tuple.tuple("IRQ", "comply"));
    }

    @Test
    void shouldReadNotJoiningWhenAStateEntersAReservationOnNewSanctions() {
        String text = "Officials in Yerevan said Armenia had entered a reservation on a paragraph about new sanctions "
                + "against Russia.";
        assertThat(learned("support", text)).extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ARM", "not_join"));
    }

    // ---------------------------------------------------------------- rules: what is not a sanction being imposed

    private static List<ExtractedEvent> rules(String text) {
        return io.geowire.extract.EventExtractor.createRulesOnly().extract(new ArticleInput("t.txt", text, null))
                .stream().filter(e -> e.type().equals("sanction_statement")).toList();
    }

    @Test
    void shouldNotReadSanctionsImposedWhenSanctionedQualifiesTheCompaniesAnOrderInvolves() {
        String text = "The rail operator said it has stopped taking new orders involving sanctioned Russian companies.";
        assertThat(rules(text)).extracting(ExtractedEvent::position).doesNotContain("support");
        assertThat(rules("The United States sanctioned three Kyrgyz banks on Monday."))
                .extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .contains(org.assertj.core.groups.Tuple.tuple("USA", "support"));
    }

    @Test
    void shouldFindNoSanctionStatementWhenABriefingsReporterStatesThePremiseOfAQuestion() {
        String text = "Foreign ministry spokesperson Lin Jian held the regular briefing.\n\n"
                + "Reporter (Kazakh news agency): The US Treasury yesterday put sanctions on 300 Chinese companies. "
                + "What is your comment?\n\n"
                + "Lin Jian: China firmly opposes illegal unilateral sanctions.";
        List<ExtractedEvent> found = rules(text);
        assertThat(found).extracting(ExtractedEvent::evidence).noneMatch(e -> e.contains("US Treasury"));
        assertThat(found).extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .contains(org.assertj.core.groups.Tuple.tuple("CHN", "oppose"));
    }
}
