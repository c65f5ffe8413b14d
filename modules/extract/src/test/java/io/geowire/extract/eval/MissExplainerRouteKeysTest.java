package io.geowire.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The miss tracer names a wrong route only where the scorer sees one (issue 11, xrs). */
class MissExplainerRouteKeysTest {

    @Test
    void shouldNameOnlyTheStatusWhenTwoInventedRouteIdsAreSpelledDifferently() {
        assertThat(MissExplainer.which(List.of("SRB_BORDER", "disrupted"), List.of("MERDARE_CROSSING", "restored"),
                "route_disruption")).isEqualTo("status");
    }

    @Test
    void shouldNameTheRouteWhenAFixedIdStandsForAnInventedOne() {
        assertThat(MissExplainer.which(List.of("TITR", "disrupted"), List.of("PL_BY_BORDER", "disrupted"),
                "route_disruption")).isEqualTo("route");
        assertThat(MissExplainer.which(List.of("CPC", "alternative"), List.of("BTC", "alternative"),
                "route_disruption")).isEqualTo("route");
    }

    @Test
    void shouldCompareActorsAsSpelledWhenTheTypeIsNoRoute() {
        assertThat(MissExplainer.which(List.of("USA", "threaten"), List.of("IND", "threaten"),
                "sanction_statement")).isEqualTo("actor");
    }
}
