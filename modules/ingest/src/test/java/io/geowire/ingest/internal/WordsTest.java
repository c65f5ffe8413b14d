package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void shouldLowerCaseEachLetterAsTheWholeWordWouldWhenTheLowerCaseIsOneToOne() {
        int checked = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char lower = Words.lowerOneToOne((char) c);
            if (lower != 0 && Words.isLetter((char) c)) {
                // between other letters too: String's lower case depends on context only for sigma and dotted I
                assertThat(("a" + (char) c + "b").toLowerCase(Locale.ROOT)).isEqualTo("a" + lower + "b");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(52 + 60 + 200);
    }

    @Test
    void shouldFindTheWordsAndStopwordsOfOfWhenTallying() {
        Random random = new Random(11);
        List<String> pool = new ArrayList<>();
        for (String lang : Lexicon.LANGUAGES) {
            pool.addAll(Lexicon.get().stopwords(lang));
        }
        pool.addAll(List.of("Harbour", "THE", "The", "Über", "ÉTÉ", "İstanbul", "ΣΟΦΟΣ", "Москва", "ДО", "naïve",
                "Straße", "x", "", "don't", "ﬁne"));
        pool.sort(null);
        String[] gaps = {" ", ", ", "\n\n", "-", "’", "2", " “", "\u00a0"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                String w = pool.get(random.nextInt(pool.size()));
                text.append(random.nextInt(4) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(gaps[random.nextInt(gaps.length)]);
            }
            String t = text.toString();
            List<String> words = Words.of(t);
            Words.Tally tally = Words.tally(t);
            assertThat(tally.words()).isEqualTo(words.size()).isEqualTo(Words.count(t));
            assertThat(tally.hits()).containsExactly(Words.stopwordHits(words));
            for (int l = 0; l < Lexicon.LANGUAGES.size(); l++) {
                List<String> expected = new ArrayList<>();
                int[] soFar = new int[words.size() + 1];
                for (int i = 0; i < words.size(); i++) {
                    boolean stop = Lexicon.get().stopwords(Lexicon.LANGUAGES.get(l)).contains(words.get(i));
                    if (stop) {
                        expected.add(words.get(i));
                    }
                    soFar[i + 1] = soFar[i] + (stop ? 1 : 0);
                }
                List<String> actual = new ArrayList<>();
                tally.stopwordsOf(l, actual);
                assertThat(actual).isEqualTo(expected);
                assertThat(tally.stopwordsSoFar(l)).containsExactly(soFar);
            }
        }
    }
}
