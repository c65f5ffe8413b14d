package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.sanction;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.LedgerStatement;
import io.geowire.streams.StoreNames;
import io.geowire.streams.support.Driver;
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
}
