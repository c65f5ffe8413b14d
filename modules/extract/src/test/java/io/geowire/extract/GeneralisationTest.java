package io.geowire.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Other states, organisations and routes than the seed corpus, in sentences written for these tests. */
class GeneralisationTest {

    @Test
    void shouldFindArmeniaDistancingFromCstoWhenYerevanFreezesParticipation() {
        assertThat(Events.keys("Armenia's prime minister said Yerevan would freeze its participation in the CSTO."))
                .contains("stance ARM>CSTO distancing");
    }

    @Test
    void shouldFindHungaryOpposingSanctionsWhenItThreatensVeto() {
        assertThat(Events.keys("Hungary said it would veto the EU's new sanctions package."))
                .contains("sanction HUN oppose");
    }

    @Test
    void shouldFindDruzhbaDisruptedByAttackWhenFlowsHaltAfterDroneStrike() {
        List<ExtractedEvent> events = Events.of("Flows through the Druzhba pipeline were halted after a drone strike.");
        assertThat(Events.keys(events)).containsExactly("route DRUZHBA disrupted");
        assertThat(events.get(0).cause()).isEqualTo("attack");
    }

    @Test
    void shouldFindTurkStreamRestoredWhenDeliveriesResume() {
        List<ExtractedEvent> events = Events.of("Gas deliveries via TurkStream resumed on Monday after scheduled maintenance.");
        assertThat(Events.keys(events)).containsExactly("route TURKSTREAM restored");
    }

    @Test
    void shouldFindMiddleCorridorAlternativeWhenShipmentsBypassRussia() {
        List<String> keys = Events.keys("Uzbekistan plans to start using the Middle Corridor to ship cotton to Europe, "
                + "bypassing Russia.");
        assertThat(keys).contains("route TITR alternative");
    }

    @Test
    void shouldFindBtcAtRiskWhenOfficialsWarnOfPossibleCut() {
        assertThat(Events.keys("Officials in Baku warned that oil flows through the BTC pipeline could be cut "
                + "because of the fighting.")).contains("route BTC at_risk");
    }

    @Test
    void shouldFindUzbekComplianceWhenMinisterPromisesToAbideBySanctions() {
        assertThat(Events.keys("Uzbekistan's deputy foreign minister said Tashkent will comply with US sanctions "
                + "against Russian banks.")).contains("sanction UZB comply");
    }

    @Test
    void shouldFindKyrgyzRefusalToHelpEvasionWhenBishkekSaysItWillNotBeAChannel() {
        List<String> keys = Events.keys("Bishkek will not allow its banks to be used to evade Western sanctions, "
                + "the Kyrgyz government said.");
        assertThat(keys).contains("sanction KGZ refuse_circumvent", "stance KGZ>RUS distancing");
    }

    @Test
    void shouldFindAzerbaijanAligningWithTurkeyWhenTheySignAnAgreement() {
        assertThat(Events.keys("Baku and Ankara signed an agreement on a new gas pipeline last week."))
                .contains("stance AZE>TUR aligning");
    }

    @Test
    void shouldFindKremlinCriticismAsRussianDistancing() {
        assertThat(Events.keys("The Kremlin sharply criticised Armenia over its drills with American troops."))
                .contains("stance RUS>ARM distancing");
    }

    @Test
    void shouldFindNonRecognitionOfCrimeaAsDistancingFromRussia() {
        assertThat(Events.keys("Kyrgyzstan has never recognised the annexation of Crimea."))
                .contains("stance KGZ>RUS distancing");
    }

    @Test
    void shouldFindGeorgiaAligningWithEuWhenItAppliesForMembership() {
        assertThat(Events.keys("Georgia applied for membership of the European Union in March."))
                .contains("stance GEO>EU aligning");
    }

    @Test
    void shouldFindNeutralityWhenStateDeclaresIt() {
        assertThat(Events.keys("Uzbekistan will keep a neutral position on the war between Russia and Ukraine, "
                + "President Shavkat Mirziyoyev said.")).anyMatch(k -> k.startsWith("stance UZB>") && k.endsWith("neutral"));
    }

    @Test
    void shouldFindNothingWhenTextHasNoGeopoliticalEvent() {
        assertThat(Events.of("The weather in Almaty was sunny and the football team won its match on Sunday."))
                .isEmpty();
    }
}
