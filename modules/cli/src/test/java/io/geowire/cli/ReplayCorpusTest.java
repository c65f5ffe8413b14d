package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.producer.ProducedArticle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayCorpusTest {

    @Test
    void shouldOrderByPublicationDateWithUndatedLastWhenSorting() {
        List<ProducedArticle> all = List.of(article("c", "2023-05-01"), article("undated", null),
                article("a", "2022-01-10"), article("b", "2023-05-01"));

        assertThat(ReplayCorpus.inPublicationOrder(all, null)).extracting(p -> p.ingested().article())
                .containsExactly("a", "c", "b", "undated");
    }

    @Test
    void shouldSkipArticlesPublishedBeforeFromButKeepUndatedWhenFromIsGiven() {
        List<ProducedArticle> all = List.of(article("old", "2022-12-31"), article("undated", null),
                article("new", "2023-01-01"));

        assertThat(ReplayCorpus.inPublicationOrder(all, LocalDate.of(2023, 1, 1)))
                .extracting(p -> p.ingested().article()).containsExactly("new", "undated");
    }

    @Test
    void shouldPauseOneSecondPerDayWhenSpeedIsOneDayPerSecond() {
        LocalDate day = LocalDate.of(2023, 3, 1);

        assertThat(ReplayCorpus.pauseMillis(day, day.plusDays(3), 86_400)).isEqualTo(3000);
        assertThat(ReplayCorpus.pauseMillis(day, day, 86_400)).isZero();
        assertThat(ReplayCorpus.pauseMillis(day, day.plusDays(3), 0)).isZero();
        assertThat(ReplayCorpus.pauseMillis(null, day, 86_400)).isZero();
        assertThat(ReplayCorpus.pauseMillis(day, day.plusYears(5), 86_400)).isEqualTo(60_000);
    }

    @Test
    void shouldRefuseSpeedWithoutCorpusWhenReplayingTopics() {
        CliRunner result = CliRunner.run("replay", "--bootstrap", "localhost:1", "--speed", "86400");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--corpus");
    }

    @Test
    void shouldRefuseWhenThereIsNothingToReplay() {
        CliRunner result = CliRunner.run("replay", "--ephemeral");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nothing to replay");
    }

    @Test
    void shouldDrawProgressWithCountAndDateWhenArticlesAreSent() {
        ReplayProgress progress = new ReplayProgress(System.err, 4, false);
        progress.sent(LocalDate.of(2023, 2, 1));
        progress.sent(null);

        assertThat(progress.line()).contains("2/4").contains("published up to 2023-02-01").contains("##########");
    }

    private static ProducedArticle article(String name, String published) {
        IngestedArticle in = new IngestedArticle(name, name, "id-" + name, IngestStatus.OK, null, null, null,
                published == null ? null : LocalDate.parse(published), false, null, null, "en", null, "text",
                List.of(), "h", "UTF-8", "text");
        return new ProducedArticle(in, List.of());
    }
}
