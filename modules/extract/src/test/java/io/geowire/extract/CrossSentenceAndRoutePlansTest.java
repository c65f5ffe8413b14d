package io.geowire.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Target carry-over, planned routes, negated violations and negated blocking; every sentence is written for this test. */
class CrossSentenceAndRoutePlansTest {

    @Test
    void shouldTakeTargetFromPreviousSentenceWhenClauseNamesNone() {
        String text = "Armenia's prime minister held talks with the French president in Paris on Monday. "
                + "The leaders agreed to expand cooperation in defence.";
        assertThat(Events.of(text)).anySatisfy(e -> {
            assertThat(Events.key(e)).isEqualTo("stance ARM>FRA aligning");
            assertThat(e.evidence()).contains("agreed to expand cooperation");
        });
    }

    @Test
    void shouldNotCarryTargetWhenPreviousSentenceIsInAnotherParagraph() {
        String text = "Armenia's prime minister held talks with the French president in Paris on Monday.\n\n"
                + "The leaders agreed to expand cooperation in defence.";
        assertThat(Events.of(text)).filteredOn(e -> e.evidence().contains("agreed to expand"))
                .noneSatisfy(e -> assertThat(Events.key(e)).isEqualTo("stance ARM>FRA aligning"));
    }

    @Test
    void shouldLowerConfidenceWhenTargetIsCarriedOver() {
        String explicit = "Armenia agreed to expand cooperation with France in defence.";
        String carried = "Armenia's prime minister held talks with the French president in Paris on Monday. "
                + "The leaders agreed to expand cooperation in defence.";
        double direct = Events.of(explicit).get(0).confidence();
        assertThat(Events.of(carried)).filteredOn(e -> e.evidence().contains("agreed to expand"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.confidence()).isLessThan(direct));
    }

    @Test
    void shouldReadCouldCarryAsAlternativeWhenNoDisruptionVerb() {
        assertThat(Events.keys("Engineers say the TurkStream pipeline could carry twice as much gas to Serbia."))
                .containsExactly("route TURKSTREAM alternative");
    }

    @Test
    void shouldReadOfferThroughRouteAsAlternative() {
        assertThat(Events.keys("Qatar has offered gas through the Trans Adriatic Pipeline to Albania."))
                .contains("route TAP alternative");
    }

    @Test
    void shouldPickRouteRightAfterTriggerWhenTwoRoutesShareSentence() {
        assertThat(Events.keys("Shipments via the Middle Corridor are growing and we plan to send two million tonnes "
                + "through the BTC next year.")).contains("route BTC alternative");
    }

    @Test
    void shouldReadEndedTransitAsDisruption() {
        assertThat(Events.keys("Poland ended the transit of oil through the Druzhba pipeline in March."))
                .contains("route DRUZHBA disrupted");
    }

    @Test
    void shouldReadNegatedViolationAsCompliance() {
        assertThat(Events.keys("Georgia is not going to violate the sanctions imposed on Russia, its premier said."))
                .contains("sanction GEO comply");
    }

    @Test
    void shouldKeepPolarityWhenNegationAttachesToBlockingVerb() {
        assertThat(Events.keys("Slovakia has not vetoed the EU's support to Ukraine."))
                .contains("stance SVK>UKR aligning").doesNotContain("stance SVK>UKR distancing");
    }

    @Test
    void shouldReadReadinessToSupplyAsAlignment() {
        assertThat(Events.keys("Ankara said it was ready to increase electricity exports to Georgia."))
                .contains("stance TUR>GEO aligning");
    }
}
