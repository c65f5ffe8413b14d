package io.geowire.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Negation cues flip or block events. */
class NegationTest {

    @Test
    void shouldFlipSupportWhenNegated() {
        assertThat(Events.keys("Tajikistan has not supported Russia's war.")).contains("stance TJK>RUS distancing");
        assertThat(Events.keys("Tajikistan has supported Russia's war.")).contains("stance TJK>RUS aligning");
    }

    @Test
    void shouldFlipHelpWhenRefused() {
        assertThat(Events.keys("Belgrade refused to help Moscow.")).contains("stance SRB>RUS distancing");
    }

    @Test
    void shouldReportNotJoinWhenStateHasNotJoinedSanctions() {
        assertThat(Events.keys("Serbia has not joined the sanctions imposed by the European Union on Russia."))
                .contains("sanction SRB not_join");
    }

    @Test
    void shouldTurnLeavingIntoAligningWhenStateDoesNotIntendToLeave() {
        assertThat(Events.keys("Minsk does not intend to leave the Eurasian Economic Union."))
                .contains("stance BLR>EAEU aligning");
    }

    @Test
    void shouldDropRouteEventWhenResumptionIsNegated() {
        assertThat(Events.keys("Flows through the Druzhba pipeline have not resumed.")).doesNotContain(
                "route DRUZHBA restored");
    }

    @Test
    void shouldKeepPolarityWhenNegationIsBlockedByStopFrom() {
        assertThat(Events.keys("The dispute did not stop Aliyev from congratulating Erdogan."))
                .contains("stance AZE>TUR aligning");
    }

    @Test
    void shouldReadNeutralityWhenStateNeitherCondemnsNorSupports() {
        assertThat(Events.keys("Uzbekistan has neither condemned nor supported Russia's invasion."))
                .containsExactly("stance UZB>RUS neutral");
    }

    @Test
    void shouldIgnorePseudoNegationWhenPhraseIsNotOnly() {
        assertThat(Events.keys("Kazakhstan will not only expand trade with China but also with India."))
                .contains("stance KAZ>CHN aligning");
    }
}
