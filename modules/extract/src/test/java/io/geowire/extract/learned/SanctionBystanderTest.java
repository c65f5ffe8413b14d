package io.geowire.extract.learned;

import static io.geowire.extract.learned.StubExtraction.learned;
import static io.geowire.extract.learned.StubExtraction.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.geowire.extract.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * The party sanctions hit never complies with them, stays out of them or refuses to help evade them (issue 11,
 * helper xkeys): such a statement is a bystander's, whom the ranker or the rules must find among the other parties.
 * A stub model gives the label of the learned events; the sentences are our own.
 */
class SanctionBystanderTest {

    @Test
    void shouldNotTakeTheSanctionedPartyAsActorWhenAFirstPersonAnswerRefusesToHelpEvadeSanctions() {
        String text = "Russia's exporters are looking for new routes to China. Moscow has asked Kazakhstan for help, "
                + "but Kazakh forwarders are wary.\n\nWe do not take Russian cargo on our contracts and we do not "
                + "re-export anything to get around the sanctions.";
        assertThat(learned("sanction_statement", "refuse_circumvent", text))
                .extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .containsExactly(tuple("KAZ", "refuse_circumvent"));
    }

    @Test
    void shouldGiveTheNotJoiningToTheOtherMainStateWhenTheRulesTookTheSanctionedParty() {
        String text = "Oman's sultan was received in Moscow on Tuesday. Russia and Oman signed three agreements.\n\n"
                + "Like other Gulf states, it has kept flights to Russia running and has not joined Western sanctions.";
        assertThat(rules("sanction_statement", text)).extracting(ExtractedEvent::actor).doesNotContain("RUS");
    }
}
