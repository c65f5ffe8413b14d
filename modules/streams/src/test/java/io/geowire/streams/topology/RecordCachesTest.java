package io.geowire.streams.topology;

import static io.geowire.streams.support.Samples.article;
import static io.geowire.streams.support.Samples.route;
import static io.geowire.streams.support.Samples.sanction;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.Event;
import io.geowire.streams.StoreNames;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.support.Driver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * The record caches in front of the most rewritten stores (totals, states, counters) must change no state: the same
 * random feed through the topology with and without them leaves every store with the same entries and writes the
 * same records to every output topic. (The driver commits after each input record, so this covers reads through the
 * cache, several writes of one key within a record and writes at commit; several records within one commit are
 * covered by {@code bench rebuild}'s store digest, docs/operations.md.)
 */
class RecordCachesTest {

    private static final String[] WORDS = {"export", "grain", "pipeline", "oil", "sanction", "treaty", "border",
        "transit", "caspian", "minister", "statement", "alliance"};
    private static final String[][] PAIRS = {{"KAZ", "RUS"}, {"KAZ", "CHN"}, {"UZB", "RUS"}};
    private static final String[] POLARITIES = {"aligning", "neutral", "distancing"};
    private static final String[] ROUTES = {"CPC", "TITR"};
    private static final String[] ROUTE_STATUSES = {"disrupted", "at_risk", "restored", "alternative"};
    private static final String[] ACTORS = {"KAZ", "UZB"};
    private static final String[] POSITIONS = {"comply", "threaten", "not_join"};

    @Test
    void shouldLeaveEveryStoreAndOutputAsWithoutCachesWhenTheFeedIsRandom() {
        List<Event> feed = randomFeed(new Random(13), 400);
        try (Driver cached = new Driver(TopologyOptions.defaults());
                Driver uncached = new Driver(TopologyOptions.defaults().withRecordCaches(false))) {
            for (Driver d : List.of(cached, uncached)) {
                for (int a = 0; a < 80; a++) {
                    d.article(article("a" + a, LocalDate.parse("2022-01-01").plusDays(a * 3L).toString()));
                }
                feed.forEach(d::event);
            }
            for (String store : StoreNames.ALL) {
                assertThat(entries(cached.store(store))).as(store).isEqualTo(entries(uncached.store(store)));
            }
            assertThat(entries(cached.store(StoreNames.STANCE_WINDOWS))).as("windows were written").isNotEmpty();
            assertThat(entries(cached.store(StoreNames.ROUTE_DAYS))).as("route days were written").isNotEmpty();
            assertThat(cached.stanceIndex.readKeyValuesToList()).hasSizeGreaterThan(100)
                    .isEqualTo(uncached.stanceIndex.readKeyValuesToList());
            assertThat(cached.routeStatus.readKeyValuesToList()).isNotEmpty()
                    .isEqualTo(uncached.routeStatus.readKeyValuesToList());
            assertThat(cached.sanctionsLedger.readKeyValuesToList()).isNotEmpty()
                    .isEqualTo(uncached.sanctionsLedger.readKeyValuesToList());
            assertThat(cached.deadLetterOutput.readKeyValuesToList()).as("every event is valid").isEmpty();
            assertThat(cached.queries().summary()).isEqualTo(uncached.queries().summary());
        }
    }

    /** Key -> the value's Avro JSON form (or the number), in key order. */
    private static Map<String, String> entries(KeyValueStore<String, Object> store) {
        Map<String, String> all = new TreeMap<>();
        try (var it = store.all()) {
            it.forEachRemaining(kv -> all.put(kv.key, String.valueOf(kv.value)));
        }
        return all;
    }

    /** Stance, route and sanction events over eight months (so windows close), a tenth of them sent again. */
    private static List<Event> randomFeed(Random random, int count) {
        List<Event> feed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 10 && random.nextInt(10) == 0) {
                feed.add(feed.get(random.nextInt(feed.size())));
                continue;
            }
            String article = "a" + random.nextInt(80);
            LocalDate day = LocalDate.parse("2022-01-01").plusDays(i / 2 + random.nextInt(6));
            String date = random.nextInt(5) == 0 ? day.toString().substring(0, 7) : day.toString();
            String evidence = words(random);
            int kind = random.nextInt(10);
            if (kind < 6) {
                String[] pair = PAIRS[random.nextInt(PAIRS.length)];
                feed.add(stance("e" + i, article, pair[0], pair[1], POLARITIES[random.nextInt(POLARITIES.length)],
                        date, day.plusDays(1).toString(), evidence, 0.5 + random.nextInt(3) / 4.0,
                        random.nextInt(4) == 0));
            } else if (kind < 8) {
                feed.add(route("e" + i, article, ROUTES[random.nextInt(ROUTES.length)],
                        ROUTE_STATUSES[random.nextInt(ROUTE_STATUSES.length)], "weather",
                        random.nextBoolean() ? null : random.nextInt(20) + " days", date, evidence));
            } else {
                String actor = ACTORS[random.nextInt(ACTORS.length)];
                feed.add(sanction("e" + i, article, actor, "minister of " + actor,
                        POSITIONS[random.nextInt(POSITIONS.length)], "USA,EU", date, evidence));
            }
        }
        return feed;
    }

    private static String words(Random random) {
        StringBuilder evidence = new StringBuilder();
        for (int w = 0; w < 5; w++) {
            evidence.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return evidence.toString().strip();
    }
}
