package io.geowire.extract.learned;

import static io.geowire.extract.learned.StubExtraction.learned;
import static io.geowire.extract.learned.StubExtraction.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.geowire.extract.ExtractedEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Route and sanction events on real reporting (issue 11): what keeps background, analysts' views and interviewers'
 * premises from becoming events, and who states a sanctions position. A stub model says "this sentence carries the
 * type" for every sentence, so only the checks decide; the sentences are our own.
 */
class RouteSanctionPrecisionTest {

    // ---------------------------------------------------------------- sanction statements need sanctions nearby

    @Test
    void shouldAddNoLearnedSanctionStatementWhenNothingNearTheSentenceSpeaksOfSanctions() {
        String s = "Azerbaijan's state shipping company ordered four new ferries from its own yard in Baku last year.";
        assertThat(learned("sanction_statement", "support", s)).isEmpty();
    }

    @Test
    void shouldAddALearnedSanctionStatementWhenTheSentenceBeforeSpeaksOfSanctions() {
        String s = "The EU adopted its twelfth package of restrictive measures in December.\n\n"
                + "Kazakhstan's trade ministry said on Monday it would check every consignment bound for Russia.";
        assertThat(learned("sanction_statement", "refuse_circumvent", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::evidence)
                .contains(tuple("KAZ", "Kazakhstan's trade ministry said on Monday it would check every consignment "
                        + "bound for Russia."));
    }

    // ---------------------------------------------------------------- analysts' views

    @Test
    void shouldAddNoLearnedSanctionStatementWhenAnalystsGiveTheirView() {
        String s = "Some analysts in Almaty think Kazakhstan will tighten its sanctions controls next year.";
        assertThat(learned("sanction_statement", "comply", s)).isEmpty();
    }

    @Test
    void shouldFindNoRouteEventWhenAnalystsEstimateTheCostOfAHalt() {
        String s = "Analysts estimate that a halt of the CPC pipeline could cost Kazakhstan billions of dollars.";
        assertThat(rules("route_disruption", s)).isEmpty();
        assertThat(learned("route_disruption", "at_risk", s)).isEmpty();
        // the same words as an official's warning are a route at risk
        String official = "The energy minister warned that a halt of the CPC pipeline could cost Kazakhstan billions.";
        assertThat(rules("route_disruption", official)).extracting(ExtractedEvent::route, ExtractedEvent::status)
                .contains(tuple("CPC", "at_risk"));
    }

    // ---------------------------------------------------------------- interviewers' premises

    @Test
    void shouldFindNoSanctionStatementWhenAnInterviewerStatesThePremiseOfAQuestion() {
        String s = "Kyrgyz Foreign Minister Kulubaev took questions.\n\n"
                + "QUESTION (Radio Tash): The United States has imposed sanctions on three Kyrgyz banks this year.\n\n"
                + "KULUBAEV: We will not join sanctions against anyone.";
        List<ExtractedEvent> found = rules("sanction_statement", s);
        assertThat(found).extracting(ExtractedEvent::evidence).noneMatch(e -> e.contains("three Kyrgyz banks"));
        assertThat(found).extracting(ExtractedEvent::position).contains("not_join");
        assertThat(learned("sanction_statement", "support", s)).extracting(ExtractedEvent::evidence)
                .noneMatch(e -> e.contains("three Kyrgyz banks"));
    }

    // ---------------------------------------------------------------- routes working as before

    @Test
    void shouldAddNoLearnedRouteEventWhenTheSentenceSaysTheRouteWasNotAffected() {
        String s = "Oil deliveries through the Druzhba pipeline to Slovakia were not affected by the outage, the operator said.";
        assertThat(learned("route_disruption", "disrupted", s)).isEmpty();
        String halted = "Oil deliveries through the Druzhba pipeline to Slovakia were halted by the outage, the operator said.";
        assertThat(learned("route_disruption", "disrupted", halted)).extracting(ExtractedEvent::route)
                .containsExactly("DRUZHBA");
    }

    @Test
    void shouldReadRestoredWhenALinkIsBackInCommercialOperationAfterARepair() {
        String s = "The Estlink 2 cable was back in commercial operation on Friday after the damaged section was replaced.";
        assertThat(rules("route_disruption", s)).extracting(ExtractedEvent::status).contains("restored");
    }
}
