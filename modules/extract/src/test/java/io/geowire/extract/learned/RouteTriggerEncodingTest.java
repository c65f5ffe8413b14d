package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Route sentences the rules' triggers point at (issue 11, xrs): a sentence saying the route works as before yields no
 * rule event, a halt that only dates the sentence ("During the outage ...") makes the route it names an alternative,
 * and with {@code route_trigger_encoding} a trigger sentence that names nothing is read by the classifier,
 * which takes the route from the sentences before. Our own sentences; a stub model reads every sentence as the route
 * status given.
 */
class RouteTriggerEncodingTest {

    private static final String CHECKS = "sanction_context,analyst_view,route_unaffected";

    /**
     * A restart in a paragraph of its own that names nothing tracked, its route named too far back for the rules to
     * carry it (the stub reads the sentence after the route's as a restart too, hence the new paragraph).
     */
    private static final String RESTART = "Ice damaged a span of the Baku-Tbilisi-Kars railway on Monday. Repair "
            + "crews worked through the night with cranes. Engineers checked every bolt of the new span. Inspectors "
            + "signed off the work at noon.\n\nTraffic was moving again by the evening.";
    private static final String LAST = "Traffic was moving again by the evening.";

    @TempDir
    Path overlay;

    private List<ExtractedEvent> learnedRouteEvents(String checks, String text) throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "learned_route_sanction_checks\t" + checks + "\n");
        Engine engine = new Engine(new DataFiles(overlay), EventExtractor.VERSION,
                StubModels.saying(Map.of("route_disruption", "restored"), "asserted"), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("route_disruption")).toList();
    }

    private static List<ExtractedEvent> ruleRouteEvents(String text) {
        return EventExtractor.create(null, false).extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("route_disruption")).toList();
    }

    @Test
    void shouldFindNoRuleRouteEventWhenTheSentenceSaysTheRouteWasNotAffected() {
        assertThat(ruleRouteEvents("The drone strikes on the coast since March have not affected loadings at the "
                + "Baku-Tbilisi-Ceyhan pipeline's terminal.")).isEmpty();
        assertThat(ruleRouteEvents("The drone strikes on the coast on Monday halted loadings at the "
                + "Baku-Tbilisi-Ceyhan pipeline's terminal.")).extracting(ExtractedEvent::status)
                .containsExactly("disrupted");
    }

    @Test
    void shouldReadARouteUsedDuringAnOutageAsAnAlternativeWhenTheHaltOnlyDatesTheSentence() {
        assertThat(ruleRouteEvents("During the shutdown the refinery took its crude by tanker through the "
                + "Baku-Tbilisi-Ceyhan pipeline's terminal.")).extracting(ExtractedEvent::status)
                .containsExactly("alternative");
        assertThat(ruleRouteEvents("While the station was idle, the refinery took its crude by tanker through "
                + "the Baku-Tbilisi-Ceyhan pipeline's terminal.")).extracting(ExtractedEvent::status)
                .containsExactly("alternative");
        // the halt itself, reported as such
        assertThat(ruleRouteEvents("The shutdown of the Baku-Tbilisi-Ceyhan pipeline began on Monday."))
                .extracting(ExtractedEvent::status).containsExactly("disrupted");
    }

    @Test
    void shouldReadARestartNamingNoRouteWhenTheSwitchIsOn() throws IOException {
        assertThat(learnedRouteEvents(CHECKS + ",route_trigger_encoding", RESTART))
                .filteredOn(e -> e.evidence().equals(LAST))
                .extracting(e -> e.route() + "|" + e.status()).containsExactly("BTK_RAIL|restored");
    }

    @Test
    void shouldLeaveARestartNamingNoRouteUnreadWhenTheSwitchIsOff() throws IOException {
        assertThat(learnedRouteEvents(CHECKS, RESTART)).filteredOn(e -> e.evidence().equals(LAST)).isEmpty();
    }
}
