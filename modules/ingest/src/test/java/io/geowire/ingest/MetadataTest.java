package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import io.geowire.ingest.internal.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Title, author, date and source read from pages saved as plain text, where no markup says which line is which. */
class MetadataTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadHeadlineBylineAndDateWhenTheyFollowNavigation() {
        String page = "Home\nWorld\nBusiness\n\nAnalysis\n\nDockers dig in as grain piles up in Valmora\n\n"
                + "Ada Rinaldi\n14 ottobre 2023\n\n" + Samples.text(Samples.STRIKE);
        IngestedArticle a = Runs.one(Runs.write(dir, "page.txt", page));
        assertThat(a.title()).isEqualTo("Dockers dig in as grain piles up in Valmora");
        assertThat(a.author()).isEqualTo("Ada Rinaldi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 14));
        assertThat(a.publishedEstimated()).isFalse();
    }

    @Test
    void shouldTakeTitleAndSourceFromFirstLineWhenItNamesTheSite() {
        String page = "Dockers dig in as grain piles up | Valmora Herald\nSkip to main content\n\n"
                + Samples.text(Samples.STRIKE);
        IngestedArticle a = Runs.one(Runs.write(dir, "page.txt", page));
        assertThat(a.title()).isEqualTo("Dockers dig in as grain piles up");
        assertThat(a.source()).isEqualTo("Valmora Herald");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Dockers dig in | Valmora Herald;Dockers dig in;Valmora Herald",
        "Dockers dig in - Valmora Herald;Dockers dig in;Valmora Herald",
        "Kazakhstan - Russia relations: what next;Kazakhstan - Russia relations: what next;",
        "Grain, ships and unions – a long history – Valmora Herald;Grain, ships and unions – a long history;Valmora Herald"})
    void shouldSplitSiteNameOffTitleOnlyWhenTheSuffixLooksLikeOne(String line, String title, String site) {
        assertThat(Metadata.splitSiteSuffix(line)).containsExactly(title, site);
    }

    @Test
    void shouldReadAuthorFromAuthorBoxWhenPageEndsWithOne() {
        String page = Samples.text(Samples.STRIKE) + "\nShare.\nAda Rinaldi\n\nAda Rinaldi is a freelance journalist "
                + "based in Valmora who covers shipping, farming and labour disputes for several regional papers.\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "page.txt", page));
        assertThat(a.author()).isEqualTo("Ada Rinaldi");
        assertThat(a.text()).doesNotContain("freelance journalist");
    }

    @Test
    void shouldReadAuthorAfterAuthorLabelWhenPageHasOne() {
        String page = Samples.text(Samples.STRIKE) + "\nAUTHOR\n\nLina Okafor\nValmora University\n";
        assertThat(Runs.one(Runs.write(dir, "page.txt", page)).author()).isEqualTo("Lina Okafor");
    }

    @Test
    void shouldNotTakeAQuotedWriterForTheAuthorWhenTheNameIsMidArticle() {
        List<String> paragraphs = new ArrayList<>(Samples.STRIKE);
        paragraphs.addAll(Samples.STRIKE_OTHER);
        paragraphs.addAll(Samples.SOLAR);
        paragraphs.add(4, "In a famous passage the novelist Leo Tolstoy writes that all happy families are alike, "
                + "a line the governor quoted to reporters while she waited for the two sides to arrive.");
        IngestedArticle a = Runs.one(Runs.write(dir, "essay.txt", Samples.text(paragraphs)));
        assertThat(a.author()).isNull();
        assertThat(a.title()).isNull();
    }
}
