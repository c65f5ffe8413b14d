package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which sentences of an article the learned stage sends to the encoder (the encoder is nearly all its CPU). */
class EncodedSentencesTest {

    private static List<String> encoded(String text) {
        StubModels.RecordingEncoder encoder = new StubModels.RecordingEncoder();
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION,
                StubModels.saying(Map.of("route_disruption", "restored")), encoder);
        engine.extract(new ArticleInput("t.txt", text, null));
        return encoder.seen;
    }

    @Test
    void shouldEncodeSentencesNamingARouteOrStateAndTheSentenceAfterWhenOthersNameNothing() {
        List<String> seen = encoded("Oil deliveries to Hungary through the Druzhba pipeline were halted on Monday. "
                + "Crude was moving again by Thursday. "
                + "The weather stayed mild all week. "
                + "Farmers planted wheat early this year.");

        assertThat(seen).containsExactly(
                "Oil deliveries to Hungary through the Druzhba pipeline were halted on Monday.",
                "Crude was moving again by Thursday.");
    }

    @Test
    void shouldEncodeAGazetteerPersonWhenTheSentenceNamesNoState() {
        List<String> seen = encoded("The weather stayed mild all week. Farmers planted wheat early this year. "
                + "Tokayev spoke about the Caspian Pipeline Consortium on Friday.");

        assertThat(seen).containsExactly("Tokayev spoke about the Caspian Pipeline Consortium on Friday.");
    }

    @Test
    void shouldEncodeNothingWhenTheArticleNamesNothingTracked() {
        assertThat(encoded("The weather stayed mild all week. Farmers planted wheat early this year.")).isEmpty();
    }

    /** The rules' event gets its confidence from the heads, so its sentence is encoded whatever it names. */
    @Test
    void shouldEncodeASentenceWithARuleEventWhenItAndTheSentenceBeforeNameNothingTracked() {
        String ruled = "We will not help anyone evade the sanctions.";
        String text = "Kazakhstan's foreign minister gave an interview on Monday. The weather stayed mild all week. "
                + "Farmers planted wheat early this year. " + ruled;
        assertThat(EventExtractor.createRulesOnly().extract(new ArticleInput("t.txt", text, null)))
                .extracting(e -> e.evidence()).contains(ruled);

        assertThat(encoded(text)).contains(ruled).doesNotContain("Farmers planted wheat early this year.");
    }
}
