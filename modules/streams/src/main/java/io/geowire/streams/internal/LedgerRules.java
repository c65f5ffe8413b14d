package io.geowire.streams.internal;

import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.LedgerStatement;
import java.util.ArrayList;
import java.util.Map;

/**
 * An actor's sanctions ledger: statements oldest first (by event day), the number of corroborated
 * statements per position, and the latest position (the statement with the latest event day; among
 * statements of the same day, the one whose id sorts last, so the answer does not depend on arrival order).
 * Kept by {@link LedgerProcessor}.
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    public static LedgerStatement statement(CorroboratedCluster c) {
        Map<String, String> f = c.getFields();
        return LedgerStatement.newBuilder()
                .setEventId(c.getId())
                .setSpeaker(f.get("speaker"))
                .setPosition(f.getOrDefault("position", "other"))
                .setRegime(f.get("regime"))
                .setDate(c.getDate())
                .setEventDay(c.getEventDay())
                .setQuote(c.getEvidence())
                .setSources(c.getSources())
                .setArticles(new ArrayList<>(c.getArticles()))
                .setHedged(c.getHedged())
                .build();
    }

    /** Takes one statement of {@code position} out of the counts (a corroborated statement being replaced). */
    static void uncount(Map<String, Long> positions, String position) {
        positions.computeIfPresent(position, (p, n) -> n > 1 ? n - 1 : null);
    }
}
