package io.geowire.extract.learned;

import static io.geowire.extract.learned.StubExtraction.learned;
import static io.geowire.extract.learned.StubExtraction.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.geowire.extract.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * Stance key fields of sentences whose event was found with a wrong target or polarity (issue 11, helper xkeys):
 * abstentions on votes that condemn a party, the victim of a condemned attack, a resultative "..., leaving X" read
 * as a withdrawal, parties that back each other, and the party called a partner or ally. A stub model gives the label of the learned events; the sentences are our own.
 */
class StanceKeyFieldErrorsTest {

    @Test
    void shouldAlignWithTheCondemnedPartyWhenAStateAbstainedInVotes() {
        String s = "Peru abstained in several UN General Assembly votes condemning Russia.";
        assertThat(rules("stance", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(tuple("PER", "RUS", "aligning"));
    }

    @Test
    void shouldAlignWithTheCondemnedPartyWhenTheVoteIsDescribedByARelativeClause() {
        String s = "Nepal abstained in the General Assembly vote in October that condemned Moscow's annexation of "
                + "four regions.";
        assertThat(rules("stance", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(tuple("NPL", "RUS", "aligning"));
    }

    @Test
    void shouldReadAnAbstentionAsAligningWhenTheClassifierSaysDistancing() {
        String s = "Sri Lanka abstained again, as it has on every text critical of Russia since the war began.";
        assertThat(learned("stance", "distancing", s)).extracting(ExtractedEvent::polarity).containsOnly("aligning");
    }

    @Test
    void shouldNotTakeTheVictimOfACondemnedAttackAsTargetOfALearnedDistancingStance() {
        String s = "The White House said the United States strongly condemned the attack on a NATO ally and would "
                + "hold Iran accountable.";
        assertThat(learned("stance", "distancing", s)).extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .containsExactly(tuple("USA", "IRN"));
    }

    @Test
    void shouldNotReadTheVictimOfACondemnedAttackAsTheTargetOfACriticism() {
        String s = "Chile has condemned the attack on Ukraine's territorial integrity in several votes.";
        assertThat(rules("stance", s)).extracting(ExtractedEvent::target, ExtractedEvent::polarity)
                .doesNotContain(tuple("UKR", "distancing"));
    }

    @Test
    void shouldGiveEachListedPartyTowardsTheOtherWhenTheyBackEachOther() {
        String s = "YEREVAN/BAKU, Dec 7 (Wire) - Armenia and Azerbaijan agreed on Thursday to release prisoners of "
                + "war and to back each other in the UN climate talks.";
        assertThat(rules("stance", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactlyInAnyOrder(tuple("ARM", "AZE", "aligning"), tuple("AZE", "ARM", "aligning"));
    }

    @Test
    void shouldTakeThePraisedPartyAsTargetWhenItIsCalledAPartnerOfAnother() {
        String s = "Kazakhstan is a reliable partner for Germany, and I have come to say that we want to deepen this "
                + "partnership.";
        assertThat(learned("stance", "aligning", s)).extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .containsExactly(tuple("DEU", "KAZ"));
    }

    @Test
    void shouldTakeTheOwnerAsActorWhenAStateHasProvenToBeItsPartner() {
        String s = "The commissioner stated that Armenia has proven to be a reliable partner of the European Union.";
        assertThat(learned("stance", "aligning", s)).extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .containsExactly(tuple("EU", "ARM"));
    }

    @Test
    void shouldKeepTheSpeakersOwnStateAsActorWhenItCallsItselfAFriend() {
        String s = "\"Serbia is a friend of Ukraine, and I came here to say it in person,\" Vucic said.";
        assertThat(learned("stance", "aligning", s)).extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .containsExactly(tuple("SRB", "UKR"));
    }

    @Test
    void shouldNotReadAResultativeLeavingAsAWithdrawal() {
        String s = "The vote came four days after lawmakers in Budapest approved the same text, leaving Helsinki only "
                + "the deposit of its instrument of accession.";
        assertThat(rules("stance", s)).extracting(ExtractedEvent::polarity).doesNotContain("distancing");
    }
}
