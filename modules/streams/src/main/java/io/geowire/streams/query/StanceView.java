package io.geowire.streams.query;

import java.util.List;

/** GET /api/stance: the all-time index of one actor-target pair, its windows (oldest first) and top evidence. */
public record StanceView(String actor, String target, StanceSummary allTime, List<StanceWindow> windows,
        List<EvidenceRef> topEvidence) {
}
