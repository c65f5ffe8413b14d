package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wire items are often two or three short paragraphs: they are articles, not boilerplate. */
class ShortArticleTest {

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults().withDetectLanguage(false));

    @Test
    void shouldKeepShortParagraphsWhenArticleHasNoLongParagraph() {
        IngestedArticle article = ingestor.ingestText("wire.txt", """
                Court halts oil loadings

                A regional court ordered the oil terminal to suspend its loadings for a month, a decision that \
                cuts most of the region's crude exports.

                The foreign ministry said on Friday that it would appeal the decision in a higher court.
                """);

        assertThat(article.status()).isEqualTo(IngestStatus.OK);
        assertThat(article.text()).contains("A regional court ordered the oil terminal")
                .contains("it would appeal the decision");
    }

    @Test
    void shouldStillRejectMenuWhenNoLineReadsAsProse() {
        IngestedArticle article = ingestor.ingestText("menu.txt", """
                Home
                World
                Energy markets and pipelines
                Subscribe to our newsletter
                Contact us
                """);

        assertThat(article.status()).isEqualTo(IngestStatus.DEAD_LETTER);
    }
}
