package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LexicalFeaturesTest {

    private static final LexicalFeatures WORDS = new LexicalFeatures(4096);

    private static boolean kind(String sentence, String kind) {
        int[] on = WORDS.of(sentence);
        int index = WORDS.buckets() + LexicalFeatures.KINDS.indexOf(kind);
        for (int i : on) {
            if (i == index) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldPutAWordInTheSameBucketInEveryRunWhenTheHashIsUnchanged() {
        // fixed by FNV-1a as written in LexicalFeatures: a changed hash (or String.hashCode creeping in) breaks every
        // model file trained before, so it must come with a new LexicalFeatures.VERSION
        assertThat(WORDS.bucket("u:said")).isEqualTo(expectedFnv("u:said", 4096));
        assertThat(WORDS.bucket("b:has condemned")).isEqualTo(expectedFnv("b:has condemned", 4096));
        assertThat(new LexicalFeatures(4096).of("Lithuania condemned the attack."))
                .isEqualTo(WORDS.of("Lithuania condemned the attack."));
    }

    @Test
    void shouldKeepTheBucketsOfTheReferenceWordsWhenTheHashIsUnchanged() {
        // the numbers themselves, so that a change to the hash cannot pass by changing the helper above too
        assertThat(WORDS.bucket("u:said")).isEqualTo(1197);
    }

    /** The FNV-1a of the characters' two bytes, low byte first, modulo the buckets. */
    private static int expectedFnv(String s, int buckets) {
        long h = 2166136261L;
        for (char c : s.toCharArray()) {
            for (int b : new int[] {c & 0xFF, c >>> 8}) {
                h ^= b;
                h = (h * 16777619L) & 0xFFFFFFFFL;
            }
        }
        return Math.floorMod((int) h, buckets);
    }

    @Test
    void shouldReadEveryShareAsTheSameFeaturesWhenOnlyTheNumberDiffers() {
        assertThat(WORDS.of("About 80% of the oil leaves through the port."))
                .isEqualTo(WORDS.of("About 12.5% of the oil leaves through the port."));
        assertThat(WORDS.of("In 2022 the port handled the oil."))
                .isNotEqualTo(WORDS.of("In 22 the port handled the oil."));
    }

    @Test
    void shouldIgnoreCaseAndPunctuationWhenReadingWords() {
        assertThat(WORDS.of("Estonia, Latvia condemned it.")).isEqualTo(WORDS.of("estonia latvia CONDEMNED it"));
        assertThat(LexicalFeatures.tokens("Kazakhstan's exports (80%) rose.")).containsExactly("kazakhstan", "s",
                "exports", "80", "%", "rose");
    }

    @Test
    void shouldMarkWhatKindOfSentenceItIsWhenItsWordsSaySo() {
        assertThat(kind("The minister said Georgia would not join.", "speech")).isTrue();
        assertThat(kind("\u201CWe will not join,\u201D she said.", "quote")).isTrue();
        assertThat(kind("About 80 per cent of exports use the pipeline.", "share")).isTrue();
        assertThat(kind("Trade rose by 12 million tonnes.", "number")).isTrue();
        assertThat(kind("Trade rose in 2023.", "number")).isFalse();
        assertThat(kind("The line should be finished by 2030.", "deadline_year")).isTrue();
        assertThat(kind("The line was finished in 2020.", "deadline_year")).isFalse();
        assertThat(kind("The line could close.", "modal")).isTrue();
        assertThat(kind("We stand with Ukraine.", "first_person")).isTrue();
        assertThat(kind("Armenia froze its membership.", "speech")).isFalse();
    }

    @Test
    void shouldGiveSortedDistinctIndicesWithinTheWidthWhenWordsRepeat() {
        int[] on = WORDS.of("Russia, Russia and Russia said 5% and 5%.");
        assertThat(on).isSorted();
        assertThat(on).doesNotHaveDuplicates();
        assertThat(Arrays.stream(on).boxed().toList()).allMatch(i -> i >= 0 && i < WORDS.width());
        assertThat(WORDS.of("")).isEmpty();
    }
}
