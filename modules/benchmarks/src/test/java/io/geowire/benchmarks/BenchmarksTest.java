package io.geowire.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Keeps the benchmarks honest without measuring anything: each benchmark method does the work it claims once,
 * and JMH itself can run every one of them (no warm-up, one 100 ms iteration, in this JVM). Figures come from
 * {@code java -jar modules/benchmarks/target/benchmarks.jar}, never from here.
 */
class BenchmarksTest {

    @Test
    void shouldCleanBothPagesWhenTheIngestBenchmarksRunOnce() {
        IngestBench bench = new IngestBench();
        bench.freshRun();
        IngestedArticle html = bench.cleanHtmlArticle();
        bench.freshRun();
        IngestedArticle text = bench.cleanTextArticle();

        for (IngestedArticle article : new IngestedArticle[] {html, text}) {
            assertThat(article.status()).as(article.reason()).isEqualTo(IngestStatus.OK);
            assertThat(article.text()).contains("Officials declined", "CPC terminal").doesNotContain("Follow us");
        }
        assertThat(html.text()).doesNotContain("tracking", "Read more");
    }

    @Test
    void shouldFindEventsInTheTopicalArticleAndNoneInTheUnrelatedOne() {
        ExtractBench bench = new ExtractBench();
        bench.loadRules();

        assertThat(bench.extractTopicalArticle()).isNotEmpty();
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

    @Test
    void shouldRunEveryBenchmarkWhenJmhRunsThemBriefly() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(BenchmarksTest.class.getPackageName() + ".")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeUnit(TimeUnit.MICROSECONDS)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).extracting(r -> r.getParams().getBenchmark().replaceFirst(".*\\.", ""))
                .containsExactlyInAnyOrder("cleanHtmlArticle", "cleanTextArticle", "extractTopicalArticle",
                        "screenUnrelatedArticle", "processEvent");
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
