package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.article;
import static io.geowire.streams.support.Samples.duplicate;
import static io.geowire.streams.support.Samples.route;
import static io.geowire.streams.support.Samples.sanction;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.DeadLetter;
import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.DistinctCounter;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.support.Driver;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineCountsTest {

    @Test
    void shouldCountDistinctArticlesEventsDuplicatesAndDeadLettersWhenTheCorpusIsSentTwice() {
        try (Driver d = new Driver()) {
            for (int round = 0; round < 2; round++) {
                d.article(article("a1", "2022-05-01"));
                d.article(article("a2", "2022-06-01"));
                d.article(duplicate("a3", "a1"));
                d.events(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-04-01", "Astana banned the symbol."),
                        route("e2", "a1", "CPC", "disrupted", null, null, "2022-03-22", "Loadings stopped."),
                        sanction("e3", "a2", "KAZ", null, "comply", null, null, "We will abide by them."),
                        stance("e4", "a2", "KAZ", "TUR", "aligning", null, "The partnership deepened."));
                d.deadLetter(new DeadLetter("broken.html", "ingest", "no text", null, Instant.EPOCH, null));
            }

            PipelineSummary s = d.queries().summary();
            assertThat(s.articles()).isEqualTo(2);
            assertThat(s.duplicates()).isEqualTo(1);
            assertThat(s.deadLetters()).isEqualTo(1);
            assertThat(s.events()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("stance", 2L, "route_disruption", 1L, "sanction_statement", 1L));
            assertThat(s.corroborated()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("stance", 2L, "route_disruption", 1L, "sanction_statement", 1L));
            assertThat(DistinctCounter.total(d.store(StoreNames.PIPELINE_EVENTS), "events:stance")).isEqualTo(2);
        }
    }

    @Test
    void shouldRouteAPoisonEventToDeadLettersWithItsBytesAndKeepRunningWhenBytesAreNotAvro() {
        try (Driver d = new Driver()) {
            byte[] junk = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
            d.rawEvent("bad-1", junk);
            d.rawArticle("bad-2", new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9});
            d.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2022-04-01", "Astana banned the symbol."));

            var letters = d.deadLetterOutput.readKeyValuesToList();
            assertThat(letters).hasSize(2);
            DeadLetter first = letters.get(0).value;
            assertThat(letters.get(0).key).isEqualTo("events-0@0");
            assertThat(first.getStage()).isEqualTo("streams");
            assertThat(first.getReason()).contains("not Avro single-object encoded");
            assertThat(first.getOriginalBytes().array()).isEqualTo(junk);
            assertThat(letters.get(1).value.getReason()).contains("unknown schema fingerprint");
            assertThat(d.queries().summary().events()).containsEntry("stance", 1L);
        }
    }
}
