package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final List<String> ENGLISH = List.of(
            "The government said on Tuesday that it would not join the new round of sanctions while talks with its "
                    + "neighbours over the pipeline were still under way, and that any decision would be taken only "
                    + "after the parliament had been consulted. Officials in the capital added that the country had "
                    + "kept its gas contracts and saw no reason to break them before the winter.",
            "Traffic through the port fell for a third month in a row, as shipping lines moved their vessels to "
                    + "routes around the south of the continent. The port authority said that it had lost about a "
                    + "fifth of its container volumes since the spring, and that it was asking the ministry for help "
                    + "with the cost of the new terminal, which is due to open at the end of the year.",
            "In a statement released late on Friday, the foreign ministry said that the border crossing would stay "
                    + "closed until further notice. It gave no reason for the decision, but local media reported that "
                    + "the move followed a dispute over customs fees that has been going on for several weeks and has "
                    + "left hundreds of lorries waiting on both sides of the frontier.");

    private static final String ITALIAN = "Il governo ha annunciato ieri che il nuovo accordo sulle forniture di gas "
            + "entrerà in vigore il primo gennaio, mentre l'opposizione chiede un dibattito in parlamento prima della "
            + "firma definitiva. Secondo il ministro, il paese non parteciperà alle nuove sanzioni finché i negoziati "
            + "con i vicini continuano e finché il parlamento non avrà discusso il testo.";
    private static final String FRENCH = "Le ministre des affaires étrangères a déclaré que la France ne participerait "
            + "pas aux nouvelles sanctions tant que les négociations se poursuivent à Bruxelles avec les partenaires "
            + "européens. Il a ajouté que le gouvernement attendait les conclusions du sommet avant de prendre une "
            + "décision sur les livraisons de gaz pour cet hiver.";
    private static final String GERMAN = "Die Bundesregierung hat am Mittwoch beschlossen, die Lieferungen an das Land "
            + "vorerst auszusetzen, bis die Untersuchung der Vorfälle an der Grenze abgeschlossen ist. Der Minister "
            + "sagte, man werde die Gespräche mit den Partnern in der Union fortsetzen und im Herbst über die nächsten "
            + "Schritte entscheiden, wenn der Bericht vorliegt.";
    /** A sentence of another language in English text: the model may answer with either, so it decides. */
    private static final String DUTCH_SENTENCE = "De Nederlandse regering heeft besloten om de export van bepaalde "
            + "technologie naar het land te beperken totdat er meer duidelijkheid is over het gebruik ervan bij de "
            + "grensbewaking.";

    private final LanguageGuesser guesser = new LanguageGuesser(1000);

    @Test
    void shouldAnswerEnglishWithoutTheModelWhenFunctionWordsLeaveNoDoubt() {
        for (int i = 0; i < ENGLISH.size(); i++) {
            String text = ENGLISH.get(i) + "\n\n" + ENGLISH.get((i + 1) % ENGLISH.size());
            assertThat(LanguageGuesser.clearlyEnglish(text)).as(text).isTrue();
            // the shortcut gives the answer the model gives
            assertThat(guesser.detectWithModel(text)).as(text).isEqualTo("en");
            assertThat(guesser.detect(text)).isEqualTo("en");
        }
    }

    @Test
    void shouldLeaveOtherLanguagesToTheModelWhenTheirFunctionWordsShow() {
        assertThat(List.of(ITALIAN, FRENCH, GERMAN)).noneMatch(LanguageGuesser::clearlyEnglish);
        assertThat(guesser.detect(ITALIAN)).isEqualTo("it");
        assertThat(guesser.detect(FRENCH)).isEqualTo("fr");
        assertThat(guesser.detect(GERMAN)).isEqualTo("de");
    }

    @Test
    void shouldLeaveEnglishWithAForeignSentenceToTheModelWhenARunOfWordsHasNoEnglishFunctionWords() {
        String english = ENGLISH.get(0) + "\n\n" + ENGLISH.get(1);
        int cut = english.indexOf(". ") + 2;
        String mixed = english.substring(0, cut) + DUTCH_SENTENCE + " " + english.substring(cut);
        assertThat(LanguageGuesser.clearlyEnglish(english)).isTrue();
        assertThat(LanguageGuesser.clearlyEnglish(mixed)).isFalse();
    }

    /** A site menu inside a paragraph, as scraped pages and the bench e2e corpus have them. */
    private static final String MENU = "Home | News | Business | Energy | Opinion | Contact";

    @Test
    void shouldAnswerEnglishWithoutTheModelWhenOnlyASiteMenuBreaksTheRuns() {
        String english = String.join("\n\n", ENGLISH);
        int cut = english.indexOf(". ") + 2;
        String withMenu = english.substring(0, cut) + (MENU + " ").repeat(3) + english.substring(cut);
        // the same words without the bars are a run without function words, as before
        String withList = withMenu.replace(" | ", ", ");
        assertThat(LanguageGuesser.clearlyEnglish(withList)).isFalse();
        assertThat(LanguageGuesser.clearlyEnglish(withMenu)).isTrue();
        assertThat(guesser.detectWithModel(withMenu)).isEqualTo("en");
    }

    @Test
    void shouldLeaveAForeignSentenceBetweenBarsToTheModel() {
        String english = ENGLISH.get(0) + "\n\n" + ENGLISH.get(1);
        int cut = english.indexOf(". ") + 2;
        String mixed = english.substring(0, cut) + "| " + DUTCH_SENTENCE + " | " + english.substring(cut);
        assertThat(LanguageGuesser.clearlyEnglish(mixed)).isFalse();
        // nor does a sentence become a menu by capitalising its words: items are at most three words
        String capitalised = java.util.Arrays.stream(DUTCH_SENTENCE.split(" "))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(java.util.stream.Collectors.joining(" "));
        String capitalisedMix = english.substring(0, cut) + "Home | " + capitalised + " | News | " + english.substring(cut);
        assertThat(LanguageGuesser.clearlyEnglish(capitalisedMix)).isFalse();
    }

    @Test
    void shouldLeaveAMenuOfMoreThanATenthOfTheWordsToTheModel() {
        String english = ENGLISH.get(0) + "\n\n" + ENGLISH.get(1);
        int cut = english.indexOf(". ") + 2;
        String longMenu = english.substring(0, cut) + (MENU + " | ").repeat(4) + "Sport " + english.substring(cut);
        assertThat(LanguageGuesser.clearlyEnglish(longMenu)).isFalse();
    }

    @Test
    void shouldMarkTheWordsOfAMenuAndNoOthers() {
        String text = "Read more. Home | World News | Energy and more text";
        boolean[] menu = LanguageGuesser.menuWords(text, Words.of(text).size());
        // read more home world news energy and more text
        assertThat(menu).containsExactly(false, false, true, true, true, true, false, false, false);
        String twoItems = "Home | News and text";
        assertThat(LanguageGuesser.menuWords(twoItems, Words.of(twoItems).size())).containsOnly(false);
    }

    @Test
    void shouldLeaveShortSamplesToTheModelWhenTooFewWordsDecide() {
        String shortText = "The minister said that the talks would go on for as long as it takes.";
        assertThat(Words.of(shortText)).hasSizeLessThan(LanguageGuesser.SHORTCUT_MIN_WORDS);
        assertThat(LanguageGuesser.clearlyEnglish(shortText)).isFalse();
        assertThat(LanguageGuesser.clearlyEnglish((shortText + " ").repeat(6))).isTrue();
    }
}
