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
    void shouldFindDistancingWhenGovernmentSuspendsAccessionTalks() {
        assertThat(Events.keys("Georgia's government said it would suspend talks on joining the European Union."))
                .contains("stance GEO>EU distancing").doesNotContain("stance GEO>EU aligning");
    }

    @Test
    void shouldFindDistancingWhenAssistanceIsFrozen() {
        assertThat(Events.keys("Brussels has frozen 100 million euros of assistance to Georgia."))
                .contains("stance EU>GEO distancing");
    }

    @Test
    void shouldFindDistancingWhenDiplomatsAreExpelled() {
        assertThat(Events.keys("Moldova expelled two Russian diplomats on Friday."))
                .contains("stance MDA>RUS distancing");
    }

    @Test
    void shouldResolvePronounToEarlierSubjectWhenClauseSaysIt() {
        assertThat(Events.keys("Russia and Belarus held drills. Moldova, meanwhile, summoned an envoy and announced "
                + "it would leave the CIS.")).contains("stance MDA>CIS distancing");
    }

    @Test
    void shouldTakeBothSidesFromContextWhenClauseSpeaksOfTheTwoLeaders() {
        assertThat(Events.keys("Aliyev met Erdogan in Ankara, where the two leaders signed a memorandum on gas."))
                .contains("stance AZE>TUR aligning");
    }

    @Test
    void shouldFindGasTransitDisruptedWhenUkraineHaltsIt() {
        assertThat(Events.keys("Ukraine halted the transit of Russian gas through its territory on January 1."))
                .contains("route UKR_GAS_TRANSIT disrupted");
    }

    @Test
    void shouldFindSupportWhenStateSanctionsCompanies() {
        assertThat(Events.keys("The United States sanctioned three Kyrgyz banks in June."))
                .contains("sanction USA support");
    }

    @Test
    void shouldNotTreatOpposingSanctionsAsDistancingFromTheSanctionedState() {
        assertThat(Events.keys("Hungary would not support any sanctions targeting Russian nuclear energy."))
                .contains("sanction HUN not_join").doesNotContain("stance HUN>RUS distancing");
    }

    @Test
    void shouldFindPartnersNotVenueWhenAgreementIsSignedAbroad() {
        assertThat(Events.keys("Azerbaijan and Armenia initialled a peace agreement in Washington on Friday."))
                .anyMatch(k -> k.equals("stance AZE>ARM aligning") || k.equals("stance ARM>AZE aligning"))
                .noneMatch(k -> k.contains(">USA"));
    }

    @Test
    void shouldFindDistancingWhenStateStopsPayingDues() {
        assertThat(Events.keys("Armenia has stopped paying its dues to the CSTO."))
                .contains("stance ARM>CSTO distancing");
    }

    @Test
    void shouldFindAligningWithMissionWhenDeployedAtStatesRequest() {
        assertThat(Events.keys("The European Union deployed a monitoring mission at Yerevan's request."))
                .contains("stance ARM>EU aligning");
    }

    @Test
    void shouldReadDiplomaticSignalsWhenPhrasedAsVotesRecallsAndSummons() {
        assertThat(Events.keys("Moldova voted in favour of the UN resolution condemning Russia's aggression."))
                .contains("stance MDA>RUS distancing");
        assertThat(Events.keys("Azerbaijan recalled its ambassador from Iran.")).contains("stance AZE>IRN distancing");
        assertThat(Events.keys("Baku summoned the Russian ambassador over the crash.")).contains("stance AZE>RUS distancing");
        assertThat(Events.keys("Kazakhstan sent humanitarian aid to Ukraine.")).contains("stance KAZ>UKR aligning");
        assertThat(Events.keys("Kazakh banks stopped accepting Mir cards.")).contains("stance KAZ>RUS distancing");
    }

    @Test
    void shouldReadRefusalsTowardsRussiaWhenPhrasedAsExtraditionOrReexportBans() {
        assertThat(Events.keys("Kazakhstan refused to extradite Russians who fled mobilisation."))
                .contains("stance KAZ>RUS distancing");
        assertThat(Events.keys("Astana banned the re-export of sanctioned goods to Russia."))
                .contains("sanction KAZ refuse_circumvent", "stance KAZ>RUS distancing");
        assertThat(Events.keys("Bishkek will not recognise the so-called referendums in occupied regions."))
                .contains("stance KGZ>RUS distancing");
    }

    @Test
    void shouldFindNothingWhenTextHasNoGeopoliticalEvent() {
        assertThat(Events.of("The weather in Almaty was sunny and the football team won its match on Sunday."))
                .isEmpty();
    }
}
