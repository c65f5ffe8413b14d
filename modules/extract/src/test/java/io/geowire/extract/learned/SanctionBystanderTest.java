package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.geowire.extract.ExtractedEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The party sanctions hit never complies with them, stays out of them or refuses to help evade them (issue 11,
 * helper xkeys): such a statement is a bystander's, whom the ranker or the rules must find among the other parties.
 * A stub model gives the label of the learned events; the sentences are our own.
 */
class SanctionBystanderTest {

    private static List<ExtractedEvent> learned(String position, String text) {
        return StubExtraction.learned("sanction_statement", position, text);
    }

    private static List<ExtractedEvent> rules(String text) {
        return StubExtraction.rules("sanction_statement", text);
    }

    @Test
    void shouldNotTakeTheSanctionedPartyAsActorWhenAFirstPersonAnswerRefusesToHelpEvadeSanctions() {
        String text = "Russia's exporters are looking for new routes to China. Moscow has asked Kazakhstan for help, "
                + "but Kazakh forwarders are wary.\n\nWe do not take Russian cargo on our contracts and we do not "
                + "re-export anything to get around the sanctions.";
        assertThat(learned("refuse_circumvent", text)).extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .containsExactly(tuple("KAZ", "refuse_circumvent"));
    }

    @Test
    void shouldGiveTheNotJoiningToTheOtherMainStateWhenTheRulesTookTheSanctionedParty() {
        String text = "Oman's sultan was received in Moscow on Tuesday. Russia and Oman signed three agreements.\n\n"
                + "Like other Gulf states, it has kept flights to Russia running and has not joined Western sanctions.";
        assertThat(rules(text)).extracting(ExtractedEvent::actor).doesNotContain("RUS");
    }
}
