package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void shouldScoreOneWhenOneTextQuotesPartOfTheOther() {
        assertThat(Similarity.overlap("The minister said the pipeline stopped.",
                "Officials confirmed that, as the minister said, the pipeline stopped after the storm.")).isEqualTo(1.0);
    }

    @Test
    void shouldIgnoreCaseFunctionWordsAndPluralsWhenComparing() {
        assertThat(Similarity.words("The Sanctions and THE sanction")).containsExactly("sanction");
    }

    @Test
    void shouldScoreZeroWhenATextHasNoContentWords() {
        assertThat(Similarity.overlap("", "pipeline")).isZero();
        assertThat(Similarity.overlap("the and of", "pipeline")).isZero();
    }

    @Test
    void shouldScoreLowWhenTextsShareFewWords() {
        assertThat(Similarity.overlap("Astana cancelled the parade.", "Astana signed a railway deal."))
                .isLessThan(0.5);
    }
}
