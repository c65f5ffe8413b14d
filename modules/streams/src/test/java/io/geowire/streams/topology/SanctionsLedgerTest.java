package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.sanction;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.LedgerStatement;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.query.SanctionStatementView;
import io.geowire.streams.query.SanctionsView;
import io.geowire.streams.support.Driver;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SanctionsLedgerTest {

    @Test
    void shouldKeepStatementsOldestFirstWithCountsAndLatestWhenTheyArriveOutOfOrder() {
        try (Driver d = new Driver()) {
            d.event(sanction("s2", "a2", "KAZ", "Finance Minister", "threaten", "USA,EU", "2022-07-20",
                    "The minister warned that transit of restricted goods could be banned."));
            d.event(sanction("s1", "a1", "KAZ", "Deputy Minister", "comply", "USA,EU", "2022-03-29",
                    "We will abide by the restrictions, the deputy minister said."));
            d.event(sanction("s3", "a3", "KAZ", null, "not_join", null, "2022-04-02",
                    "The country has not joined the measures against its neighbour."));

            ActorSanctions ledger = d.<ActorSanctions>store(StoreNames.SANCTIONS_LEDGERS).get("KAZ");
            assertThat(ledger.getStatements()).extracting(LedgerStatement::getPosition)
                    .containsExactly("comply", "not_join", "threaten");
            assertThat(ledger.getLatest()).isEqualTo("threaten");
            assertThat(ledger.getPositions()).containsEntry("comply", 1L).containsEntry("not_join", 1L)
                    .containsEntry("threaten", 1L);
            assertThat(ledger.getStatements().get(0).getSpeaker()).isEqualTo("Deputy Minister");
        }
    }

    @Test
    void shouldCountACorroboratedStatementOnceWithBothSourcesWhenTwoArticlesQuoteIt() {
        try (Driver d = new Driver()) {
            d.event(sanction("s1", "a1", "KAZ", "Deputy Minister", "comply", "USA,EU", "2022-03-29",
                    "We will abide by the restrictions, the deputy minister said."));
            d.event(sanction("s2", "a2", "KAZ", "Deputy Minister", "comply", "EU", "2022-03-29",
                    "The deputy minister said we will abide by the restrictions."));

            ActorSanctions ledger = d.<ActorSanctions>store(StoreNames.SANCTIONS_LEDGERS).get("KAZ");
            assertThat(ledger.getPositions()).containsExactly(java.util.Map.entry("comply", 1L));
            assertThat(ledger.getStatements()).singleElement().satisfies(s -> {
                assertThat(s.getSources()).isEqualTo(2);
                assertThat(s.getArticles()).containsExactly("a1", "a2");
                assertThat(s.getRegime()).isEqualTo("USA,EU");
            });
        }
    }

    @Test
    void shouldKeepABoundedValueAndListTheWholeLedgerWhenAnActorMakesManyStatements() {
        try (Driver d = new Driver(TopologyOptions.defaults().withRecentHistory(3))) {
            String[] positions = {"comply", "not_join", "threaten"};
            LocalDate first = LocalDate.parse("2022-01-01");
            int count = 30;
            for (int i = count - 1; i >= 0; i--) {
                d.event(sanction("s" + i, "a" + i, "KAZ", "Minister", positions[i % 3], "EU",
                        first.plusDays(5L * i).toString(), "Statement on the restrictions, number " + i + "."));
            }

            ActorSanctions ledger = d.<ActorSanctions>store(StoreNames.SANCTIONS_LEDGERS).get("KAZ");
            assertThat(ledger.getStatements()).extracting(LedgerStatement::getEventId)
                    .containsExactly("c-s27", "c-s28", "c-s29");
            assertThat(ledger.getStatementCount()).isEqualTo(count);
            assertThat(ledger.getPositions()).containsEntry("comply", 10L).containsEntry("not_join", 10L)
                    .containsEntry("threaten", 10L);
            assertThat(ledger.getLatest()).isEqualTo("threaten");
            assertThat(ledger.getFirstDate()).isEqualTo("2022-01-01");
            assertThat(ledger.getLastDate()).isEqualTo(first.plusDays(5L * (count - 1)).toString());
            try (var it = d.<LedgerStatement>store(StoreNames.SANCTIONS_STATEMENTS).all()) {
                assertThat(it).toIterable().hasSize(count);
            }

            SanctionsView view = d.queries().sanctions("KAZ").orElseThrow();
            assertThat(view.statements()).as("the API lists the whole ledger, oldest first").hasSize(count)
                    .extracting(SanctionStatementView::date).isSorted();
            assertThat(view.latest()).isEqualTo("threaten");
        }
    }
}
