package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.ExtractedEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parties a stance sentence leaves to its context (settings.tsv {@code learned_stance_checks}: {@code
 * context_parties}, {@code context_paragraph}, {@code encode_voice}; issue 11, xcontext). A stub model reads every
 * sentence as a distancing stance; the sentences are our own. Each test also runs without the switch, so it fails if
 * the switch stops doing anything.
 */
class ContextPartiesTest {

    private static final String CHECKS = "actor_named,target_named,opinion,conditional,"
            + "sanction_not_in_neutral_stance,comparison,history,concession,pronoun_actor";

    @TempDir
    Path overlay;

    private Engine engine(String checks, SentenceEncoder encoder) throws IOException {
        Files.writeString(overlay.resolve("settings.tsv"), "learned_stance_checks\t" + checks + "\n"
                + "encoder_cascade\tfields\n");
        return new Engine(new DataFiles(overlay), EventExtractor.VERSION,
                StubModels.saying(Map.of("stance", "distancing"), "asserted"), encoder);
    }

    /** The stances whose evidence lies in {@code sentence}, as "ACTOR|TARGET". */
    private List<String> stances(String text, String sentence, String checks) throws IOException {
        int from = text.indexOf(sentence);
        return engine(checks, StubModels.constantEncoder()).extract(new ArticleInput("t.txt", text, null)).stream()
                .filter(e -> e.type().equals("stance"))
                .filter(e -> e.evidenceStart() >= from && e.evidenceStart() < from + sentence.length())
                .map(e -> e.actor() + "|" + e.target())
                .toList();
    }

    private List<String> encoded(String text, String checks) throws IOException {
        StubModels.RecordingEncoder encoder = new StubModels.RecordingEncoder();
        engine(checks, encoder).extract(new ArticleInput("t.txt", text, null));
        return encoder.seen;
    }

    @Test
    void shouldTakeTheTargetFromTheArticlesMainPairWhenTheSentenceNamesOnlyTheActor() throws IOException {
        // she speaks: a stance the article already has counts again in another paragraph
        String last = "Moldovan President Maia Sandu said on Friday that she rejected the offer.";
        String text = "Moldova and Russia argued over gas debts all winter. Moldova wants cheaper gas. "
                + "Russia wants the debt paid.\n\n"
                + "Lithuania praised the new pipeline.\n\n" + last;
        assertThat(stances(text, last, CHECKS + ",context_parties")).containsExactly("MDA|RUS");
        // target_named alone drops it: Russia is not named in the last sentence
        assertThat(stances(text, last, CHECKS)).isEmpty();
    }

    @Test
    void shouldNotTakeATargetFromContextWhenTheSentenceNamesAnotherParty() throws IOException {
        String last = "Moldovan President Maia Sandu rejected the offer on Friday, Romanian media said.";
        String text = "Moldova and Russia argued over gas debts all winter. Moldova wants cheaper gas. "
                + "Russia wants the debt paid.\n\n" + last;
        // Romania is named: the sentence speaks of it, and the main pair is no licence to look past it
        assertThat(stances(text, last, CHECKS + ",context_parties")).doesNotContain("MDA|RUS");
    }

    @Test
    void shouldTakeTheActorFromTheOpeningPronounAfterADatePhraseWhenTheSentenceNamesOnlyTheTarget()
            throws IOException {
        String last = "In January 2023 it declined to host the drills of the CSTO.";
        String text = "Armenia bought air-defence radars from France in October.\n\n"
                + "Armenia has grown cold towards its old allies. " + last;
        assertThat(stances(text, last, CHECKS + ",context_parties")).containsExactly("ARM|CSTO");
        // pronoun_actor reads only a pronoun that opens the sentence
        assertThat(stances(text, last, CHECKS)).isEmpty();
    }

    @Test
    void shouldTakeATargetNamedEarlierInTheParagraphWhenContextParagraphIsOn() throws IOException {
        String last = "Georgian Foreign Minister Ilia Darchiashvili said he would stay at home.";
        String text = "Georgia held local elections on Sunday. Turnout in Georgia was low.\n\n"
                + "The CIS summit opens on Friday. " + last;
        assertThat(stances(text, last, CHECKS + ",context_parties,context_paragraph")).containsExactly("GEO|CIS");
        // the organisation is not one of the article's two main states
        assertThat(stances(text, last, CHECKS + ",context_parties")).isEmpty();
    }

    @Test
    void shouldEncodeAFirstPersonSentenceFarFromAnyNameWhenEncodeVoiceIsOn() throws IOException {
        // a word of sanctions: a sanction statement could be filled here, so only the switch decides
        String voiced = "We consider these sanctions unacceptable and we will raise them with our partners.";
        String text = "Hungary's foreign minister spoke to reporters in Budapest on Monday.\n\n"
                + "The crude stopped flowing last week. The refinery is running on reserves.\n\n"
                + voiced;
        assertThat(encoded(text, CHECKS + ",encode_voice")).contains(voiced);
        // neither it nor the sentence before names a party: without the switch it is not read
        assertThat(encoded(text, CHECKS)).doesNotContain(voiced);
    }

    /**
     * The encoder cascade counts the parties the context gives: with the switches on it must still leave out only
     * sentences that cannot yield an event. Heads that find every type everywhere; every sixteenth train article.
     */
    @Test
    void shouldGiveTheSameEventsWithAndWithoutTheCascadeWhenContextPartiesAreOn()
            throws IOException, URISyntaxException {
        SentenceModel everything = StubModels.saying(Map.of("stance", "aligning",
                "route_disruption", "disrupted", "sanction_statement", "support"));
        String checks = CHECKS + ",context_parties,context_paragraph,encode_voice";
        Engine off = engine(checks, "off", everything);
        StubModels.RecordingEncoder cascaded = new StubModels.RecordingEncoder();
        Engine on = engine(checks, "fields", everything, cascaded);
        Path corpus = Path.of(ContextPartiesTest.class.getResource("/corpora/train/corpus").toURI());
        int events = 0;
        int articles = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> all = files.sorted().toList();
            for (int i = 0; i < all.size(); i += 16) {
                ArticleInput a = new ArticleInput(all.get(i).getFileName().toString(),
                        Files.readString(all.get(i), StandardCharsets.UTF_8), null);
                List<ExtractedEvent> expected = off.extract(a);
                assertThat(on.extract(a)).as(a.article()).containsExactlyElementsOf(expected);
                events += expected.size();
                articles++;
            }
        }
        assertThat(events).isGreaterThan(articles);
        assertThat(cascaded.seen).isNotEmpty();
    }

    private Engine engine(String checks, String cascade, SentenceModel model) throws IOException {
        return engine(checks, cascade, model, StubModels.constantEncoder());
    }

    private Engine engine(String checks, String cascade, SentenceModel model, SentenceEncoder encoder)
            throws IOException {
        Path dir = overlay.resolve(cascade);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("settings.tsv"), "learned_stance_checks\t" + checks + "\n"
                + "encoder_cascade\t" + cascade + "\n");
        return new Engine(new DataFiles(dir), EventExtractor.VERSION, model, encoder);
    }
}
