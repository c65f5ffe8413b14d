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
 * Route ids of learned route events whose sentence, neighbours and article name no known route: border crossings,
 * roads and flights get an id from the states named and the kind of link (issue 11, xroute2). A stub model reads every
 * sentence as the route event given.
 */
class RouteFallbackTest {

    private static List<ExtractedEvent> routeEvents(String status, String text, String evidence) {
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION,
                StubModels.saying(Map.of("route_disruption", status), "asserted"), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("route_disruption") && e.evidence().equals(evidence)).toList();
    }

    @Test
    void shouldInventAnIdFromTheStatesWhenTheirRoadCrossingsClose() {
        String s = "Latvia shut its two road crossings with Russia on Monday.";
        assertThat(routeEvents("disrupted", s, s)).extracting(ExtractedEvent::route).containsExactly("LVA_RUS_ROAD");
    }

    @Test
    void shouldInventAnAirIdWhenFlightsBetweenTwoStatesAreCancelled() {
        String s = "Georgia cancelled all flights to Russia on Wednesday.";
        assertThat(routeEvents("disrupted", s, s)).extracting(ExtractedEvent::route).containsExactly("GEO_RUS_AIR");
    }

    @Test
    void shouldTakeTheArticlesStateWhenACrossingIsNamedOnlyByAnUnknownPlace() {
        String s = "The crossing at Skarvik was closed to lorries on Tuesday.";
        String text = "Norway tightened its controls in the north on Monday. " + s;
        assertThat(routeEvents("disrupted", text, s)).extracting(ExtractedEvent::route)
                .containsExactly("NOR_BORDER");
    }

    @Test
    void shouldAddNoRouteEventWhenTheSentenceNamesNoKindOfLink() {
        String s = "Officials in Oslo met again on Tuesday.";
        assertThat(routeEvents("disrupted", s, s)).isEmpty();
    }

    @Test
    void shouldTakeTheSentencesOwnFlightLinkOverARouteNamedInTheSentenceBefore() {
        String s = "Azerbaijan suspended its flights to Russia on Friday.";
        String text = "Freight on the Middle Corridor grew again this year.\n\n" + s;
        assertThat(routeEvents("disrupted", text, s)).extracting(ExtractedEvent::route).containsExactly("AZE_RUS_AIR");
    }

    @Test
    void shouldKeepTheRouteOfTheSentenceBeforeWhenTheSentenceNamesNoBorderRoadOrFlight() {
        String s = "Azerbaijan suspended the shipments to Russia on Friday.";
        String text = "Freight on the Middle Corridor grew again this year.\n\n" + s;
        assertThat(routeEvents("disrupted", text, s)).extracting(ExtractedEvent::route).containsExactly("TITR");
    }
}
