package io.geowire.streams.query;

import java.util.List;
import java.util.Map;

/** GET /api/sanctions/{actor}: the latest position, counts per position and the statements oldest first. */
public record SanctionsView(String actor, String latest, Map<String, Long> positions,
        List<SanctionStatementView> statements) {
}
