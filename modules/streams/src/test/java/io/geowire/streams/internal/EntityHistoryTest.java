package io.geowire.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.AvroSerde;
import io.geowire.model.avro.LedgerStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class EntityHistoryTest {

    private static final int NEWEST = 5;

    @Test
    void shouldListTheNewestItemsOfTheStoreWhenWorkedOutFromTheNewestBeforeEachPut() {
        Random random = new Random(13);
        for (int round = 0; round < 20; round++) {
            EntityHistory<LedgerStatement> history = new EntityHistory<>(
                    store("statements", AvroSerde.of(LedgerStatement.class)), store("days", Serdes.String()));
            List<LedgerStatement> newest = List.of();
            long total = 0;
            for (int i = 0; i < 300; i++) {
                // few ids, so that most puts replace an item, and days that move it up, down or nowhere
                String id = "c-" + random.nextInt(40) + (random.nextInt(10) == 0 ? "é" : "");
                long day = 19_000 + random.nextInt(60);
                LedgerStatement item = statement(id, day, i);
                boolean known = history.get("KAZ", id) != null;
                history.put("KAZ", id, day, item);

                List<LedgerStatement> derived = history.newestAfterPut("KAZ", NEWEST, newest, total, id, day, item,
                        LedgerStatement::getEventId, LedgerStatement::getEventDay);

                assertThat(derived).as("round %d, put %d", round, i).isEqualTo(history.newest("KAZ", NEWEST));
                newest = derived;
                total += known ? 0 : 1;
            }
        }
    }

    @Test
    void shouldReadTheStoreWhenTheListBeforeIsNotTheNewest() {
        EntityHistory<LedgerStatement> history = new EntityHistory<>(
                store("statements", AvroSerde.of(LedgerStatement.class)), store("days", Serdes.String()));
        List<LedgerStatement> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LedgerStatement s = statement("c-" + i, 19_000 + i, i);
            history.put("KAZ", "c-" + i, 19_000 + i, s);
            all.add(s);
        }
        LedgerStatement moved = statement("c-7", 18_000, 9);
        history.put("KAZ", "c-7", 18_000, moved);

        // c-7 was the newest and moved below everything: the 5 newest now include c-2, which the list did not hold
        assertThat(history.newestAfterPut("KAZ", NEWEST, all.subList(3, 8), 8, "c-7", 18_000, moved,
                LedgerStatement::getEventId, LedgerStatement::getEventDay))
                .extracting(LedgerStatement::getEventId).containsExactly("c-2", "c-3", "c-4", "c-5", "c-6");
        // a list of another length than the newest 5 (a value written with another setting) is not trusted
        assertThat(history.newestAfterPut("KAZ", NEWEST, all.subList(5, 8), 8, "c-7", 18_000, moved,
                LedgerStatement::getEventId, LedgerStatement::getEventDay))
                .extracting(LedgerStatement::getEventId).containsExactly("c-2", "c-3", "c-4", "c-5", "c-6");
    }

    private static LedgerStatement statement(String id, long day, int version) {
        return LedgerStatement.newBuilder().setEventId(id).setSpeaker("speaker").setPosition("p" + version % 3)
                .setRegime("EU").setDate(null).setEventDay(day).setQuote("quote " + version).setSources(1)
                .setArticles(List.of("a" + version)).setHedged(false).build();
    }

    private static <V> KeyValueStore<String, V> store(String name, org.apache.kafka.common.serialization.Serde<V> serde) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), serde).withLoggingDisabled().withCachingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }
}
