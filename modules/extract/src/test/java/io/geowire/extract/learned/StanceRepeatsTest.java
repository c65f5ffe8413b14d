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
 * Stances the classifier adds (issue 11, stance error analysis): two parties named together as the subject act
 * towards each other, and a stance the actor states again in a later paragraph is a new event. A stub model reads
 * every sentence as an aligning stance; the sentences are our own.
 */
class StanceRepeatsTest {

    private static List<String> stances(String text) {
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION,
                StubModels.saying(Map.of("stance", "aligning"), "asserted"), StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("stance"))
                .map(e -> e.actor() + "|" + e.target() + "|" + e.polarity())
                .toList();
    }

    @Test
    void shouldGiveBothDirectionsWhenTwoStatesAreTheJointSubject() {
        assertThat(stances("Armenia and Azerbaijan settled on Thursday the line of a border section near Tavush."))
                .contains("ARM|AZE|aligning", "AZE|ARM|aligning");
    }

    @Test
    void shouldCountAStanceAgainWhenTheActorSaysItInALaterParagraph() {
        String text = "Kazakhstan said on Monday that it valued its partnership with China.\n\n"
                + "Grain prices rose in the spring.\n\n"
                + "Kazakhstan said on Friday that it would deepen its partnership with China.";
        assertThat(stances(text)).filteredOn("KAZ|CHN|aligning"::equals).hasSize(2);
    }

    @Test
    void shouldNotCountAStanceAgainWhenALaterSentenceOnlyMentionsTheParties() {
        String text = "Kazakhstan said on Monday that it valued its partnership with China.\n\n"
                + "Grain prices rose in the spring.\n\n"
                + "Whereas Kazakhstan is small, China is large and its partnership is valued.";
        assertThat(stances(text)).filteredOn("KAZ|CHN|aligning"::equals).hasSize(1);
    }
}
