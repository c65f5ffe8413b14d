package io.geowire.cli;

import io.geowire.extract.ExtractedEvent;
import io.geowire.model.EventFields;
import io.geowire.producer.SourceOffsets;
import java.util.Map;
import java.util.OptionalInt;

/** The {@code extract} output contract as the CLI prints it: offsets refer to the source file. */
final class EventJson {

    private EventJson() {
    }

    /**
     * The extractor's contract fields, with the evidence offsets moved from the cleaned text to the source file
     * (null where the source has no character-for-character counterpart, e.g. HTML).
     */
    static Map<String, Object> toMap(ExtractedEvent e, SourceOffsets offsets) {
        Map<String, Object> m = io.geowire.extract.EventJson.toMap(e);
        m.put("evidence_start", valueOrNull(offsets.toSource(e.evidenceStart())));
        m.put("evidence_end", valueOrNull(offsets.toSource(e.evidenceEnd())));
        return m;
    }

    /** A one-line human reading of an event for {@code --format text}. */
    static String toText(ExtractedEvent e) {
        String what = switch (e.type()) {
            case EventFields.STANCE -> e.actor() + " " + e.polarity() + " " + e.target();
            case EventFields.ROUTE_DISRUPTION -> e.route() + " " + e.status() + (e.cause() == null ? "" : " (" + e.cause() + ")");
            case EventFields.SANCTION_STATEMENT -> e.actor() + " " + e.position()
                    + (e.speaker() == null ? "" : " [" + e.speaker() + "]");
            default -> e.type();
        };
        return String.format(java.util.Locale.ROOT, "%s  %-18s %-40s %s%s  \"%s\"", e.article(), e.type(), what,
                e.date() == null ? "-" : e.date(), e.hedged() ? " hedged" : "", e.evidence());
    }

    private static Integer valueOrNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
