package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A leaving word that quits no party gives no stance (settings.tsv background_checks {@code departure}, xdir): a trip
 * or a cargo leaving a place, a remainder, troops withdrawing. Quitting a bloc and an envoy told to leave still do.
 * Own sentences, rules only (the classifier reads the same sentences on its own).
 */
class DeparturesTest {

    private static final EventExtractor RULES = EventExtractor.createRulesOnly();

    private static List<String> stances(EventExtractor x, String text) {
        List<ExtractedEvent> events = x.extract(new ArticleInput("t.txt", text, LocalDate.of(2023, 5, 2)));
        return events.stream().filter(e -> e.type().equals("stance"))
                .map(e -> e.actor() + ">" + e.target() + " " + e.polarity()).toList();
    }

    @Test
    void shouldGiveNoStanceWhenALeaderLeavesTheCapitalHeVisited() {
        assertThat(stances(RULES, "Brazil's president left Beijing on Saturday with a dozen signed agreements.")).isEmpty();
        assertThat(stances(RULES, "The French foreign minister left Chad at the end of a two-day visit.")).isEmpty();
        assertThat(stances(RULES, "Hungary's prime minister left the room before the vote on Ukraine.")).isEmpty();
    }

    @Test
    void shouldGiveNoStanceWhenCargoesLeaveAPortForAnotherState() {
        assertThat(stances(RULES, "Azerbaijani cargoes continued to leave Turkey for Israeli ports in May.")).isEmpty();
    }

    @Test
    void shouldGiveNoStanceWhenTheWordSaysWhatIsLeftOver() {
        assertThat(stances(RULES, "The Netherlands has 42 jets left, some of them promised to Romania.")).isEmpty();
        assertThat(stances(RULES, "That left Armenia with a single rail outlet through Georgia.")).isEmpty();
        assertThat(stances(RULES, "Russia will be left with its embassy in Poland.")).isEmpty();
    }

    @Test
    void shouldGiveNoStanceWhenTroopsAreWithdrawn() {
        assertThat(stances(RULES, "The assembly demanded that Russia withdraw its forces from Ukraine.")).isEmpty();
        assertThat(stances(RULES, "Malaysia voted for the resolution that demanded Russia withdraw from Ukraine."))
                .doesNotContain("RUS>UKR distancing");
    }

    @Test
    void shouldKeepTheStanceWhenAStateLeavesABloc() {
        assertThat(stances(RULES, "Moldova will leave the assembly of the Commonwealth of Independent States."))
                .contains("MDA>CIS distancing");
        assertThat(stances(RULES, "Minsk does not intend to leave the Eurasian Economic Union."))
                .contains("BLR>EAEU aligning");
    }

    @Test
    void shouldKeepTheStanceWhenAnEnvoyIsToldToLeaveTheCountry(@TempDir Path dir) throws Exception {
        String s = "In Riga, the foreign minister said the Russian ambassador would have to leave Latvia by Feb. 24.";
        assertThat(stances(RULES, s)).isNotEmpty().isEqualTo(stances(withoutCheck(dir), s));
    }

    @Test
    void shouldReadTheDepartureAsBeforeWhenTheCheckIsSwitchedOff(@TempDir Path dir) throws Exception {
        assertThat(stances(withoutCheck(dir), "Brazil's president left Beijing on Saturday with a dozen signed agreements."))
                .contains("BRA>CHN distancing");
    }

    private static EventExtractor withoutCheck(Path dir) throws java.io.IOException {
        Files.writeString(dir.resolve("settings.tsv"),
                "background_checks\troute_history,passing_visit,sanction_circumstance\n");
        return EventExtractor.create(dir, false);
    }
}
