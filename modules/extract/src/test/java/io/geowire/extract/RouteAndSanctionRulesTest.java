package io.geowire.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Route status, cause and magnitude; every sanction position. Sentences written for these tests. */
class RouteAndSanctionRulesTest {

    private static ExtractedEvent only(String text) {
        List<ExtractedEvent> events = Events.of(text);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void shouldReadWeatherCauseAndShareWhenStormDamagesTerminal() {
        ExtractedEvent e = only("A storm damaged the moorings at the CPC terminal, reducing loadings by half.");
        assertThat(Events.key(e)).isEqualTo("route CPC disrupted");
        assertThat(e.cause()).isEqualTo("weather");
        assertThat(e.magnitude()).isEqualTo("by half");
    }

    @Test
    void shouldReadLegalCauseAndDurationWhenCourtSuspendsPipeline() {
        ExtractedEvent e = only("A court in Novorossiysk ordered the Caspian Pipeline Consortium to suspend loadings "
                + "for 30 days.");
        assertThat(Events.key(e)).isEqualTo("route CPC disrupted");
        assertThat(e.cause()).isEqualTo("legal");
        assertThat(e.magnitude()).isEqualTo("30 days");
    }

    @Test
    void shouldLowerToAtRiskWhenDisruptionIsOnlyPossible() {
        assertThat(Events.keys("Moscow may suspend oil flows to Poland through the Druzhba pipeline."))
                .containsExactly("route DRUZHBA at_risk");
    }

    @Test
    void shouldReadRestoredWhenOperationsResume() {
        // the halt is an event of its own (vocab: a halt that happened), reported in the same sentence
        assertThat(Events.keys("The Druzhba pipeline resumed operations after a five-day halt caused by a power outage."))
                .containsExactlyInAnyOrder("route DRUZHBA restored", "route DRUZHBA disrupted");
    }

    @Test
    void shouldReadAlternativeWhenVolumesOnCorridorGrow() {
        assertThat(Events.keys("Freight volumes on the Middle Corridor tripled last year."))
                .containsExactly("route TITR alternative");
    }

    @Test
    void shouldFindRailRouteFromCountriesNamedAlongIt() {
        assertThat(Events.keys("The president inaugurated a railway line running from Kazakhstan via Turkmenistan "
                + "to Iran.")).contains("route KTI_RAIL alternative");
    }

    @Test
    void shouldNotReportRouteWhenNoRouteIsNamed() {
        assertThat(Events.keys("Exports fell sharply after the storm.")).isEmpty();
    }

    @Test
    void shouldReadEverySanctionPositionWhenStatedPlainly() {
        assertThat(Events.keys("Kyrgyzstan will comply with the sanctions imposed on Russia."))
                .contains("sanction KGZ comply");
        assertThat(Events.keys("Tajikistan's finance minister threatened to block sanctioned cargo from "
                + "crossing the country."))
                .contains("sanction TJK threaten");
        assertThat(Events.keys("Slovakia criticised the sanctions against Russian gas."))
                .contains("sanction SVK oppose");
        assertThat(Events.keys("The European Union imposed new sanctions on Belarus."))
                .contains("sanction EU support");
        assertThat(Events.keys("Armenia voiced concerns about the impact of sanctions on its economy."))
                .contains("sanction ARM other");
        assertThat(Events.keys("Mongolia has not joined the sanctions against Russia."))
                .contains("sanction MNG not_join");
    }

    @Test
    void shouldPairRefusalToCircumventWithDistancingStance() {
        assertThat(Events.keys("Tbilisi says Georgia will not become a channel to circumvent the restrictions "
                + "placed on Russian banks."))
                .containsExactlyInAnyOrder("sanction GEO refuse_circumvent", "stance GEO>RUS distancing");
    }
}
