package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.SharedData;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoder cascade (settings.tsv {@code encoder_cascade}): a sentence without a rule event is encoded only when a
 * learned event's key fields and checks can be met there. Skipping must change no event, whatever the heads say.
 */
class EncoderCascadeTest {

    /** Heads that find every type in every sentence: each sentence the cascade skips would show as a lost event. */
    private static final SentenceModel EVERYTHING = StubModels.saying(Map.of("stance", "aligning",
            "route_disruption", "disrupted", "sanction_statement", "support"));

    @TempDir
    Path dir;

    private Engine engine(String cascade, SentenceEncoder encoder) throws IOException {
        return engine(cascade, encoder, EVERYTHING);
    }

    private Engine engine(String cascade, SentenceEncoder encoder, SentenceModel model) throws IOException {
        Path overlay = dir.resolve(cascade);
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("settings.tsv"), "encoder_cascade\t" + cascade + "\n");
        return new Engine(new DataFiles(overlay), EventExtractor.VERSION, model, encoder);
    }

    private List<String> encoded(String cascade, String text) throws IOException {
        StubModels.RecordingEncoder encoder = new StubModels.RecordingEncoder();
        engine(cascade, encoder).extract(new ArticleInput("t.txt", text, null));
        return encoder.seen;
    }

    /** The sentences both cascade levels send to the encoder. */
    private List<String> keptByBoth(String text) throws IOException {
        List<String> kept = new ArrayList<>(encoded("fields", text));
        kept.retainAll(encoded("checks", text));
        return kept;
    }

    @Test
    void shouldGiveTheSameEventsWithAndWithoutTheCascadeWhenEveryHeadSaysYesOnTheAnnotatedCorpora()
            throws IOException, URISyntaxException {
        sameEventsWithAndWithout(EVERYTHING, 0, "fields");
    }

    @Test
    void shouldGiveTheSameEventsWithAndWithoutTheCheckingCascadeWhenEveryHeadSaysYesOnTheAnnotatedCorpora()
            throws IOException, URISyntaxException {
        sameEventsWithAndWithout(EVERYTHING, 2, "checks");
    }

    /** Other labels and modality: a neutral stance pairs parties one way only, a complying party is never "hit". */
    @Test
    void shouldGiveTheSameEventsWithAndWithoutTheCascadeWhenTheHeadsSayYesWithOtherLabelsOnTheAnnotatedCorpora()
            throws IOException, URISyntaxException {
        sameEventsWithAndWithout(StubModels.saying(Map.of("stance", "neutral", "route_disruption", "restored",
                "sanction_statement", "comply"), "planned"), 1, "checks");
    }

    /** Every fourth article from {@code offset}: with heads saying yes, each sentence fills fields for all types. */
    private void sameEventsWithAndWithout(SentenceModel model, int offset, String cascade)
            throws IOException, URISyntaxException {
        StubModels.RecordingEncoder all = new StubModels.RecordingEncoder();
        StubModels.RecordingEncoder cascaded = new StubModels.RecordingEncoder();
        Engine off = engine("off", all, model);
        Engine on = engine(cascade, cascaded, model);
        List<ArticleInput> corpus = annotatedArticles();
        int articles = 0;
        int events = 0;
        for (int i = offset; i < corpus.size(); i += 4) {
            ArticleInput a = corpus.get(i);
            List<ExtractedEvent> expected = off.extract(a);
            assertThat(on.extract(a)).as(a.article()).containsExactlyElementsOf(expected);
            articles++;
            events += expected.size();
        }
        assertThat(articles).isGreaterThan(50);
        assertThat(events).isGreaterThan(articles);
        // the cascade must have left sentences out, or this test checks nothing
        assertThat(cascaded.seen.size()).isLessThan(all.seen.size() * 9 / 10);
    }

    @Test
    void shouldEncodeASentenceNamingNothingWhenTheRouteOfTheSentenceBeforeCanFillARouteEvent() throws IOException {
        String text = "Oil deliveries to Hungary through the Druzhba pipeline were halted on Monday. "
                + "Crude was moving again by Thursday.";

        assertThat(keptByBoth(text)).contains("Crude was moving again by Thursday.");
    }

    @Test
    void shouldEncodeASentenceNamingOnePartyWhenItsQuoteSpeakerIsAnother() throws IOException {
        String quoted = "“We will never recognise the annexation of Crimea by Russia,” Ukraine's foreign minister said.";
        String text = "The weather stayed mild all week in the capital of Ukraine. " + quoted;

        assertThat(keptByBoth(text)).contains(quoted);
    }

    @Test
    void shouldEncodeASentenceNamingOnePartyWhenSanctionsWereNamedTwoSentencesBefore() throws IOException {
        String text = "Brussels discussed new sanctions on Monday. The talks lasted all day. "
                + "Kazakhstan will follow the decision.";

        assertThat(keptByBoth(text)).contains("Kazakhstan will follow the decision.");
    }

    @Test
    void shouldNotEncodeASentenceNamingOneStateWhenNoRouteNoSanctionAndNoSecondPartyIsInReach() throws IOException {
        String passing = "A delegation from Germany visited the fair.";
        String text = "The city council approved a new budget for road repairs. " + passing
                + " The band played until midnight.";

        assertThat(encoded("fields", text)).isEmpty();
        assertThat(encoded("checks", text)).isEmpty();
        assertThat(encoded("off", text)).containsExactly(passing, "The band played until midnight.");
    }

    @Test
    void shouldEncodeASentenceWithTwoPartiesWhenItHasNoRuleEvent() throws IOException {
        String two = "Georgia and Armenia held talks on Tuesday.";

        assertThat(keptByBoth("The weather stayed mild. " + two)).contains(two);
    }

    private static List<ArticleInput> annotatedArticles() throws IOException, URISyntaxException {
        List<Path> dirs = new ArrayList<>();
        // never corpora/test: the test split is measured once, by the lead
        for (String set : List.of("corpora/train", "corpora/dev", "devset", "holdout", "holdout2")) {
            dirs.add(Path.of(EncoderCascadeTest.class.getResource("/" + set + "/corpus").toURI()));
        }
        if (SharedData.dir() != null) {
            dirs.add(SharedData.dir().resolve("corpus"));
        }
        List<ArticleInput> out = new ArrayList<>();
        for (Path d : dirs) {
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.sorted().toList()) {
                    out.add(new ArticleInput(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8),
                            null));
                }
            }
        }
        return out;
    }
}
