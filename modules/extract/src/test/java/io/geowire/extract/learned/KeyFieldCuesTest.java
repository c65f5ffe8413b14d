package io.geowire.extract.learned;

import static io.geowire.extract.learned.StubExtraction.learned;
import static io.geowire.extract.learned.StubExtraction.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.geowire.extract.ExtractedEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key fields read from the words of the picked sentence (issue 11, field filling): the state of whoever states a
 * sanctions position, cue words that set route status, stance polarity and sanction position over the classifier's
 * label, and gazetteer phrases that stand for a party. A stub model gives the label; the sentences are our own.
 */
class KeyFieldCuesTest {

    // ---------------------------------------------------------------- who states a sanctions position

    @Test
    void shouldTakeTheSpeakersStateAsSanctionActorWhenAnOfficialCallsOnTheEuToImposeSanctions() {
        String s = "Estonian Prime Minister Kristen Michal said the EU should prepare new sanctions against Belarusian banks.";
        assertThat(learned("sanction_statement", "support", s)).extracting(ExtractedEvent::actor).containsExactly("EST");
        assertThat(rules("sanction_statement", s)).extracting(ExtractedEvent::actor).containsOnly("EST");
    }

    @Test
    void shouldTakeTheKnownPersonsStateAsSanctionActorWhenTheReportedClauseNamesAnotherState() {
        String s = "In Brussels, Kaja Kallas said on Monday that the bloc would impose entry bans on officials in Georgia.";
        assertThat(learned("sanction_statement", "refuse_circumvent", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::position)
                .containsExactly(tuple("EU", "support"));
    }

    @Test
    void shouldTakeTheSubjectAsSanctionActorWhenADateOpensTheSentence() {
        String s = "In late April the EU extended its sanctions against Iran by another year.";
        assertThat(rules("sanction_statement", s)).extracting(ExtractedEvent::actor).containsOnly("EU");
    }

    @Test
    void shouldTakeTheAntecedentAsActorWhenARelativeClauseCarriesTheTrigger() {
        // Kazakhstan is the article's focus state, the default actor of a clause without a subject
        String s = "Kazakhstan opened the forum in Almaty on Monday. Kazakhstan's president spoke first.\n\n"
                + "The bloc's fate now rests with Moldova, which has said it wants to join the European Union.";
        assertThat(rules("stance", s)).extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(tuple("MDA", "EU", "aligning"));
    }

    // ---------------------------------------------------------------- parties named by a phrase

    @Test
    void shouldTakeRussiaAsTargetWhenAStateStaysNeutralOnTheWarInUkraine() {
        String s = "Mongolia's foreign ministry said the country would stay neutral on the war in Ukraine.";
        assertThat(rules("stance", s)).extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(tuple("MNG", "RUS", "neutral"));
    }

    @Test
    void shouldNotInventARouteIdFromADemonymWhenItOnlyQualifiesAPortOfficial() {
        String s = "A Kazakh port official said that ships had sailed partly loaded for a month.";
        assertThat(learned("route_disruption", "disrupted", s)).extracting(ExtractedEvent::route)
                .containsExactly("KAZ_SEA");
    }

    // ---------------------------------------------------------------- route status

    @Test
    void shouldKeepAHaltDisruptedWhenTheSentenceStatesItAsDoneBesideAModal() {
        String s = "Operators said gas flows through the Balticconnector pipeline had been halted and that divers would "
                + "inspect the seabed.";
        assertThat(learned(Map.of("route_disruption", "disrupted"), "planned", s))
                .extracting(ExtractedEvent::route, ExtractedEvent::status)
                .containsExactly(tuple("BALTICCONNECTOR", "disrupted"));
        assertThat(rules("route_disruption", s)).extracting(ExtractedEvent::status).containsOnly("disrupted");
    }

    @Test
    void shouldReadRestoredWhenTheSentenceSaysGasIsMovingAgain() {
        String s = "Gas is once again moving through the Balticconnector pipeline after the repair.";
        assertThat(learned("route_disruption", "disrupted", s)).extracting(ExtractedEvent::status)
                .containsExactly("restored");
    }

    @Test
    void shouldKeepDisruptedWhenTheRestartIsNegated() {
        String s = "Gas has not resumed through the Balticconnector pipeline since the anchor damage.";
        assertThat(learned("route_disruption", "disrupted", s)).extracting(ExtractedEvent::status)
                .containsExactly("disrupted");
    }

    @Test
    void shouldReadAlternativeWhenWorkOnARouteBegins() {
        String s = "Engineers broke ground on the first compressor station of the Trans-Caspian Gas Pipeline on Monday.";
        assertThat(learned("route_disruption", "disrupted", s))
                .extracting(ExtractedEvent::route, ExtractedEvent::status)
                .containsExactly(tuple("TCGP", "alternative"));
    }

    @Test
    void shouldReadAlternativeWhenCargoIsSentOneWayRatherThanAnother() {
        String s = "Shippers were told to send containers through the Middle Corridor rather than by the northern rail link.";
        assertThat(learned("route_disruption", "at_risk", s)).extracting(ExtractedEvent::status)
                .containsExactly("alternative");
    }

    // ---------------------------------------------------------------- stance polarity

    @Test
    void shouldReadDistancingWhenALeaderCancelsAVisit() {
        String s = "Georgian President Salome Zourabichvili cancelled her planned visit to Moscow on Monday.";
        assertThat(rules("stance", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(tuple("GEO", "RUS", "distancing"));
    }

    @Test
    void shouldReadDistancingWhenADelegationWalksOut() {
        String s = "The Armenian delegation walked out of the CSTO session on Thursday.";
        assertThat(learned("stance", "aligning", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactly(tuple("ARM", "CSTO", "distancing"));
    }

    @Test
    void shouldReadAligningWhenStatesSignAnAgreement() {
        String s = "Kazakhstan signed a transit agreement with China on Friday.";
        assertThat(learned("stance", "neutral", s)).extracting(ExtractedEvent::polarity).containsExactly("aligning");
    }

    @Test
    void shouldReadAligningWhenACriticismIsNegated() {
        String s = "Tajikistan has never criticised Russia over its strikes.";
        assertThat(learned("stance", "distancing", s)).extracting(ExtractedEvent::polarity).containsExactly("aligning");
    }

    @Test
    void shouldKeepTheLabelWhenAnAligningActIsOnlyNotYetDone() {
        // agreeing a text and not signing it yet is no distancing: the negated "signed" is not read
        String s = "Azerbaijan agreed the text of a peace treaty with Armenia in March but has not signed it.";
        assertThat(rules("stance", s)).isEmpty();
        assertThat(learned("stance", "aligning", s)).extracting(ExtractedEvent::polarity).containsExactly("aligning");
    }

    @Test
    void shouldNotReadACueInsideAConcessionWhenTheMainActAligns() {
        String s = "Vietnam welcomed the Russian president in Hanoi despite warnings from Washington that the visit was "
                + "unacceptable.";
        assertThat(rules("stance", s)).isEmpty();
        assertThat(learned("stance", "distancing", s)).extracting(ExtractedEvent::polarity)
                .containsExactly("aligning");
    }

    @Test
    void shouldReadNeutralWhenAStateKeepsWorkingWithBothSides() {
        String s = "Turkey will keep working with both Russia and Ukraine on grain exports.";
        assertThat(rules("stance", s)).isEmpty();
        assertThat(learned("stance", "aligning", s)).extracting(ExtractedEvent::polarity).isNotEmpty()
                .containsOnly("neutral");
    }

    @Test
    void shouldReadAligningWhenAStateCallsAnotherItsStrategicAlly() {
        String s = "Kyrgyzstan's president said Russia remained a strategic ally of Kyrgyzstan.";
        assertThat(rules("stance", s)).isEmpty();
        assertThat(learned("stance", "distancing", s)).extracting(ExtractedEvent::polarity)
                .containsExactly("aligning");
    }

    @Test
    void shouldReadDistancingWhenAMinisterCallsAnotherStatesMeasureUnacceptable() {
        String s = "Hungary's foreign minister called the transit fee that Bulgaria set unacceptable.";
        assertThat(rules("stance", s)).isEmpty();
        assertThat(learned("stance", "aligning", s)).extracting(ExtractedEvent::polarity)
                .containsExactly("distancing");
    }

    // ---------------------------------------------------------------- sanction position

    @Test
    void shouldReadOpposeWhenAStateSeesNoGroundsForSanctions() {
        String s = "Kyrgyzstan's finance ministry said there were no grounds for sanctions on its banks.";
        assertThat(learned("sanction_statement", "other", s)).extracting(ExtractedEvent::position)
                .containsExactly("oppose");
    }

    @Test
    void shouldReadNotJoinWhenImposingIsNegated() {
        String s = "Armenia's government said it will not impose sanctions of its own on Moscow.";
        assertThat(learned("sanction_statement", "support", s)).extracting(ExtractedEvent::position)
                .containsExactly("not_join");
    }

    @Test
    void shouldReadThreatenWhenOfficialsWarnThatListedFirmsWouldLoseLicences() {
        String s = "Uzbekistan's trade ministry said exporters caught re-exporting listed goods would lose their licences.";
        assertThat(learned("sanction_statement", "refuse_circumvent", s)).extracting(ExtractedEvent::position)
                .containsExactly("threaten");
    }

    @Test
    void shouldReadComplyWhenAStateIntroducesExportControls() {
        String s = "Kazakhstan introduced export controls on drone parts bound for third countries.";
        assertThat(learned("sanction_statement", "other", s)).extracting(ExtractedEvent::position)
                .containsExactly("comply");
    }
}
