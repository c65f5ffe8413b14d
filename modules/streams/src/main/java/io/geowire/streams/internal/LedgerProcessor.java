package io.geowire.streams.internal;

import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.LedgerStatement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps an actor's sanctions ledger: every statement in the history store (oldest first by event day, then id),
 * and in sanctions-ledgers a bounded summary (counts per position, latest position, first/last date, newest
 * statements) that is also forwarded to sanctions-ledger. The latest position is that of the last statement in
 * history order, so it does not depend on arrival order. An update costs the same however long the ledger is.
 */
public final class LedgerProcessor implements FixedKeyProcessor<String, CorroboratedCluster, ActorSanctions> {

    /** Store names: sanctions-ledgers, sanctions-statements, sanctions-statement-days. */
    public record Stores(String ledgers, String statements, String statementDays) {
    }

    private final Stores names;
    private final int recent;
    private FixedKeyProcessorContext<String, ActorSanctions> context;
    private KeyValueStore<String, ActorSanctions> ledgers;
    private EntityHistory<LedgerStatement> statements;

    public LedgerProcessor(Stores names, int recent) {
        this.names = names;
        this.recent = recent;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ActorSanctions> context) {
        this.context = context;
        this.ledgers = context.getStateStore(names.ledgers());
        this.statements = new EntityHistory<>(context.getStateStore(names.statements()),
                context.getStateStore(names.statementDays()));
    }

    @Override
    public void process(FixedKeyRecord<String, CorroboratedCluster> record) {
        String actor = record.key();
        LedgerStatement statement = LedgerRules.statement(record.value());
        ActorSanctions current = ledgers.get(actor);
        Map<String, Long> positions = current == null ? new TreeMap<>() : new TreeMap<>(current.getPositions());
        long count = current == null ? 0 : current.getStatementCount();
        // the newest statements before this one, as the value carries them (none if there is no value yet)
        List<LedgerStatement> newestBefore = current == null ? List.of() : current.getStatements();
        if (current != null && count == 0 && !current.getStatements().isEmpty()) {
            newestBefore = null; // a value of the older version: its list is the whole ledger, not the newest
            // a value written before the history store held the whole ledger (already counted): file it there
            current.getStatements().forEach(s -> statements.put(actor, s.getEventId(), s.getEventDay(), s));
            count = current.getStatements().size();
        }
        LedgerStatement previous = statements.get(actor, statement.getEventId());
        long countBefore = count;
        statements.put(actor, statement.getEventId(), statement.getEventDay(), statement);
        if (previous == null) {
            count++;
        } else {
            LedgerRules.uncount(positions, previous.getPosition());
        }
        positions.merge(statement.getPosition(), 1L, Long::sum);
        List<LedgerStatement> newest = statements.newestAfterPut(actor, recent, newestBefore, countBefore,
                statement.getEventId(), statement.getEventDay(), statement, LedgerStatement::getEventId,
                LedgerStatement::getEventDay);
        LedgerStatement last = newest.get(newest.size() - 1);
        ActorSanctions next = new ActorSanctions(actor, last.getPosition(), positions, newest, count,
                dateOf(statements.oldest(actor)), dateOf(last));
        ledgers.put(actor, next);
        context.forward(record.withValue(next));
    }

    private static String dateOf(LedgerStatement s) {
        return s == null ? null : s.getDate() != null ? s.getDate() : EventDates.iso(s.getEventDay());
    }
}
