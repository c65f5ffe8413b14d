package io.geowire.streams.internal;

import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.LedgerStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An actor's sanctions ledger: statements oldest first (by event day), the number of corroborated
 * statements per position, and the latest position (the statement with the latest event day; among
 * statements of the same day, the one whose id sorts last, so the answer does not depend on arrival order).
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

    public static ActorSanctions update(ActorSanctions current, String actor, LedgerStatement statement) {
        List<LedgerStatement> statements =
                new ArrayList<>(current == null ? List.of() : current.getStatements());
        statements.removeIf(s -> s.getEventId().equals(statement.getEventId()));
        statements.add(statement);
        statements.sort(Comparator.comparingLong(LedgerStatement::getEventDay)
                .thenComparing(LedgerStatement::getEventId));
        Map<String, Long> positions = new TreeMap<>();
        statements.forEach(s -> positions.merge(s.getPosition(), 1L, Long::sum));
        String latest = statements.get(statements.size() - 1).getPosition();
        return new ActorSanctions(actor, latest, positions, statements);
    }
}
