package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quote closed by "he said" is spoken by the person the sentences before it last named (issue 11, helper xkeys):
 * its first person is that person's state. A stub model gives the label; the sentences are our own.
 */
class PronounSpeakerTest {

    @Test
    void shouldTakeThePersonNamedBeforeTheQuoteAsSpeakerWhenAPronounSaysIt() {
        String text = "Macron flew on to Astana, where Tokayev received him on Wednesday.\n\n\"We do not want our "
                + "country to become a transit corridor for anything that is banned,\" he said.";
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION,
                StubModels.saying(Map.of("sanction_statement", "refuse_circumvent"), "asserted"),
                StubModels.constantEncoder());
        assertThat(engine.extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("sanction_statement")))
                .extracting(ExtractedEvent::actor).containsExactly("KAZ");
    }
}
