package io.geowire.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour added for unseen outlets, states and routes; every sentence is written for this test. */
class GeneralisationRoundTest {

    @Test
    void shouldYieldNothingWhenSentenceIsQuestion() {
        assertThat(Events.keys("Will Baku suspend the BTC pipeline if prices fall? Nobody knows yet.")).isEmpty();
    }

    @Test
    void shouldSkipHeadlineWhenBodyRepeatsIt() {
        String text = "Explosion halts Blue Stream flows\n\nANKARA, May 3, 2024. Gas flows through the Blue Stream "
                + "pipeline were halted on Friday after an explosion at a compressor station.\n";
        assertThat(Events.of(text)).singleElement()
                .satisfies(e -> assertThat(e.evidence()).doesNotContain("Explosion halts"))
                .satisfies(e -> assertThat(Events.key(e)).isEqualTo("route BLUESTREAM disrupted"));
    }

    @Test
    void shouldSeparatePowerOfSiberiaTwoWhenNamed() {
        assertThat(Events.keys("Moscow and Beijing signed a contract for the Power of Siberia 2 pipeline."))
                .contains("route POWER_OF_SIBERIA_2 alternative");
    }

    @Test
    void shouldEmitEveryRouteWhenRoutesAreCoordinated() {
        assertThat(Events.keys("Astana will redirect crude to the BTC pipeline and to the Kazakhstan-China oil pipeline."))
                .contains("route BTC alternative", "route KCOP alternative");
    }

    @Test
    void shouldReportHaltAndRestartWhenOneSentenceHasBoth() {
        assertThat(Events.keys("Flows through the TurkStream pipeline resumed after a three-day halt caused by a fire."))
                .containsExactlyInAnyOrder("route TURKSTREAM restored", "route TURKSTREAM disrupted");
    }

    @Test
    void shouldReadEmbargoRefusalAsNotJoiningWhenNoStanceWordIsLeft() {
        assertThat(Events.keys("Slovakia refused to support the EU embargo on Russian oil."))
                .containsExactly("sanction SVK not_join");
    }

    @Test
    void shouldReadNotPartOfSanctionsAsNotJoining() {
        assertThat(Events.keys("Serbia is not part of the sanctions against Russia, Vucic said."))
                .contains("sanction SRB not_join");
    }

    @Test
    void shouldReadFailedSanctionsAsOpposition() {
        assertThat(Events.keys("The sanctions have failed, Orban told a rally in Budapest."))
                .contains("sanction HUN oppose");
    }

    @Test
    void shouldCreditSpeakerStateWhenSpeakerNamesCoordinatedCapitals() {
        String text = "Azerbaijan sells gas to Europe. Azerbaijan also ships oil west. "
                + "Erdogan said Ankara and Baku would deepen their strategic partnership.";
        assertThat(Events.keys(text)).contains("stance TUR>AZE aligning");
    }

    @Test
    void shouldTakeOpeningPlaceWhenSubjectIsGeneric() {
        String text = "Kazakhstan trades with everyone. Kazakhstan is large. "
                + "In Kyrgyzstan, the government has stopped using the Mir payment system.";
        assertThat(Events.keys(text)).contains("stance KGZ>RUS distancing");
    }

    @Test
    void shouldReadTerritorialClaimsWhenAffiliatedEntityBelongsToState() {
        assertThat(Events.keys("Tokayev said that Crimea belongs to Ukraine.")).contains("stance KAZ>UKR aligning");
    }

    @Test
    void shouldAlignWithBasePatronWhenHostingItsTroops() {
        assertThat(Events.keys("Armenia hosts a Russian military base in Gyumri.")).contains("stance ARM>RUS aligning");
    }

    @Test
    void shouldAlignWhenLeaderAttendsPatronCommemoration() {
        assertThat(Events.keys("Mirziyoyev attended the Victory Day parade in Moscow.")).contains("stance UZB>RUS aligning");
    }

    @Test
    void shouldAlignWithRussiaWhenInvasionIsNotCondemned() {
        assertThat(Events.keys("Kyrgyzstan has not, however, condemned the invasion of Ukraine."))
                .containsExactly("stance KGZ>RUS aligning");
    }

    @Test
    void shouldAlignWhenStateHasNotLeftOrganisation() {
        assertThat(Events.keys("Belarus has not left the CSTO.")).containsExactly("stance BLR>CSTO aligning");
        assertThat(Events.keys("The Left's candidate won the vote in Norway.")).isEmpty();
    }

    @Test
    void shouldDistanceWhenSpunTextCallsOnTargetToStop() {
        assertThat(Events.keys("Lavrov known as on Kyiv to stop its assaults on the bridge."))
                .contains("stance RUS>UKR distancing");
    }

    @Test
    void shouldAlignWhenStateSeeksMembership() {
        assertThat(Events.keys("Moldova will seek EU membership, Sandu said.")).contains("stance MDA>EU aligning");
    }

    @Test
    void shouldAlignWhenStateKeepsBuyingTargetEnergy() {
        assertThat(Events.keys("Modi said India would continue buying Russian oil.")).contains("stance IND>RUS aligning");
    }

    @Test
    void shouldDateWeekdaysFromDatelineWhenNoPublicationDateIsGiven() {
        String text = "TBILISI, March 7, 2024 (Wire) - Loadings at the Supsa terminal were halted on Tuesday after a storm.\n";
        assertThat(Events.of(text, null)).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2024-03-05"));
    }
}
