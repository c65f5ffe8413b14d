package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What keeps a route event the classifier reads out, or lets it in (issue 11, xroute2): own sentences, a stub model
 * that reads every sentence as the route event given.
 */
class RouteChecksTest {

    private static List<ExtractedEvent> routeEvents(String status, String modality, String text, String evidence) {
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION,
                StubModels.saying(Map.of("route_disruption", status), modality), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("route_disruption") && e.evidence().equals(evidence)).toList();
    }

    @Test
    void shouldAddAnAlternativeWhenALinkIsToBeUsedAtFullCapacityLater() {
        String s = "The grid operator was told to prepare the Estlink 2 cable for use at full capacity next winter.";
        assertThat(routeEvents("alternative", "planned", s, s)).extracting(ExtractedEvent::route)
                .containsExactly("ESTLINK2");
    }

    @Test
    void shouldAddNoRouteEventWhenTheRouteIsRunningAtFullCapacity() {
        String s = "Deliveries through the Estlink 2 cable are running at full capacity, the operator said.";
        assertThat(routeEvents("disrupted", "asserted", s, s)).isEmpty();
    }

    private static List<ExtractedEvent> ruleRouteEvents(String text) {
        return EventExtractor.create(null, false).extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("route_disruption")).toList();
    }

    @Test
    void shouldAddNoRouteEventWhenTheSentenceGivesTheShareOfExportsThroughARoute() {
        String s = "About 80% of Kazakh oil exports leave through the Caspian Pipeline Consortium.";
        assertThat(routeEvents("alternative", "asserted", s, s)).isEmpty();
        assertThat(ruleRouteEvents("Slovakia gets almost all its gas through the TurkStream pipeline under a contract."))
                .isEmpty();
    }

    @Test
    void shouldKeepTheHaltWhenAShareSentenceSaysTheRouteCarriesNothingNow() {
        String s = "Most of it came through the Nord Stream pipeline, which has carried nothing since August.";
        assertThat(routeEvents("disrupted", "asserted", s, s)).extracting(ExtractedEvent::route)
                .containsExactly("NORDSTREAM");
    }

    @Test
    void shouldFindNoRuleEventWhenARouteIsClosedByHabitOnly() {
        assertThat(ruleRouteEvents("Georgia's Upper Lars crossing is regularly closed by snow in winter.")).isEmpty();
        assertThat(ruleRouteEvents("Georgia's Upper Lars crossing was closed by snow on Monday."))
                .extracting(ExtractedEvent::status).containsExactly("disrupted");
    }

    @Test
    void shouldFindNoRouteEventInOnePersonsViewOfTheRisk() {
        String s = "I think the risk to the Blue Stream pipeline is higher now than at any time.";
        assertThat(routeEvents("at_risk", "asserted", s, s)).isEmpty();
        assertThat(ruleRouteEvents(s)).isEmpty();
    }
}
