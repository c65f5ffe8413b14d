package io.geowire.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks honest without measuring anything: each benchmark method does the work it claims once
 * (a broken benchmark fails the build; the JMH annotation processor already rejects a malformed one at compile
 * time). A JMH run with no warm-up and one 100 ms iteration per benchmark was tried here and cost about 20 s of
 * the build, for little more than these direct calls check. Figures come from
 * {@code java -jar modules/benchmarks/target/benchmarks.jar}, never from here.
 */
class BenchmarksTest {

    @Test
    void shouldCleanEveryPageWhenTheIngestBenchmarksRunOnce() {
        IngestBench bench = new IngestBench();
        bench.freshRun();
        IngestedArticle html = bench.cleanHtmlArticle();
        bench.freshRun();
        IngestedArticle text = bench.cleanTextArticle();
        bench.freshRun();
        IngestedArticle undated = bench.cleanUndatedTextArticle();
        bench.freshRun();
        IngestedArticle menu = bench.cleanTextArticleWithMenu();

        assertThat(undated.published()).as("nothing in the undated story names a date").isNull();
        assertThat(menu.text()).contains("Home | World | Business");
        assertThat(menu.language()).isEqualTo("en");
        for (IngestedArticle article : new IngestedArticle[] {html, text, undated, menu}) {
            assertThat(article.status()).as(article.reason()).isEqualTo(IngestStatus.OK);
            assertThat(article.text()).contains("Officials declined", "CPC terminal").doesNotContain("Follow us");
        }
        assertThat(html.text()).doesNotContain("tracking", "Read more");
    }

    @Test
    void shouldEstimateFromTheDatesAndTheEventWhenTheDateBenchmarksRunOnce() {
        DateEstimationBench bench = new DateEstimationBench();

        // the latest year named is 2024, so the yearless "March 3" is in 2024 and the latest date; "14 April" is in
        // a future clause and "2027" a deadline
        assertThat(bench.estimatePublicationDate()).contains(java.time.LocalDate.of(2024, 3, 3));
        assertThat(bench.dateMentions()).hasSize(7); // the year range is no mention, its years neither
        assertThat(bench.latestWorldEvent()).contains(java.time.LocalDate.of(2022, 2, 24));
        assertThat(bench.openingLines()).hasSize(4);
        assertThat(bench.exactHash()).hasSize(64);
    }

    @Test
    void shouldFindEventsInTheTopicalAndRunOnArticlesAndNoneInTheUnrelatedOne() {
        ExtractBench bench = new ExtractBench();
        bench.loadRules();

        assertThat(bench.extractTopicalArticle()).isNotEmpty();
        assertThat(bench.extractRunOnSentence()).isNotEmpty();
        assertThat(bench.screenUnrelatedArticle()).isFalse();
    }

    @Test
    void shouldStoreEveryEventWhenTheTopologyBenchmarkPipesThem() {
        TopologyBench bench = new TopologyBench();
        bench.startTopology();
        try {
            for (int i = 0; i < 200; i++) {
                bench.processEvent();
            }
            assertThat(bench.storedEvents()).isEqualTo(200);
        } finally {
            bench.stopTopology();
        }
    }
}
