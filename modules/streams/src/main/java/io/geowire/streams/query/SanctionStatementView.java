package io.geowire.streams.query;

import java.util.List;

/** One statement in an actor's sanctions ledger; quote is the evidence sentence. */
public record SanctionStatementView(String eventId, String speaker, String position, String regime, String date,
        String quote, int sources, List<String> articles) {
}
