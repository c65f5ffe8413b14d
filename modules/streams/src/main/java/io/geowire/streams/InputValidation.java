package io.geowire.streams;

import io.geowire.model.EventFields;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a decoded input record is within the vocabulary of the contract (docs/api.md, the shared event
 * vocabulary): a record that decodes but carries an unknown event type, polarity, status, cause or position, a
 * negative or inverted evidence span, a confidence outside [0, 1] or a malformed date would otherwise be counted and
 * aggregated as if it meant something. Such a record is treated like undecodable bytes: a dead letter with the
 * reason. Each method returns null when the record is acceptable, else the reason.
 */
public final class InputValidation {

    private static final Set<String> POLARITIES = Set.of("aligning", "distancing", "neutral");
    private static final Set<String> STATUSES = Set.of("disrupted", "restored", "at_risk", "alternative");
    private static final Set<String> CAUSES = Set.of("weather", "legal", "attack", "technical", "political",
            "unknown");
    private static final Set<String> POSITIONS = Set.of("comply", "not_join", "refuse_circumvent", "threaten",
            "oppose", "support", "other");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private InputValidation() {
    }

    public static String article(Article a) {
        if (blank(a.getId())) {
            return "article without an id";
        }
        if (a.getEventCount() < 0) {
            return "negative event_count " + a.getEventCount();
        }
        return badDate("published", a.getPublished());
    }

    public static String event(Event e) {
        if (blank(e.getId())) {
            return "event without an id";
        }
        EventFields f;
        try {
            f = EventFields.of(e);
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
        if (!f.type().equals(e.getType())) {
            return "event type '" + e.getType() + "' does not match its " + f.type() + " payload";
        }
        String common = common(e);
        return common != null ? common : payload(e.getPayload());
    }

    private static String common(Event e) {
        EventFields f = EventFields.of(e);
        if (blank(f.articleId())) {
            return "event without an article id";
        }
        int start = evidenceStart(e.getPayload());
        int end = evidenceEnd(e.getPayload());
        if (start < 0 || end < start) {
            return "evidence offsets out of range: " + start + ".." + end;
        }
        if (!(f.confidence() >= 0.0 && f.confidence() <= 1.0)) {
            return "confidence out of range: " + f.confidence();
        }
        String date = badDate("date", f.date());
        return date != null ? date : badDate("published", f.published());
    }

    private static String payload(Object payload) {
        if (payload instanceof StanceEvent s) {
            return blank(s.getActor()) || blank(s.getTarget()) ? "stance without actor or target"
                    : notIn("polarity", s.getPolarity(), POLARITIES);
        }
        if (payload instanceof RouteDisruptionEvent r) {
            if (blank(r.getRoute())) {
                return "route disruption without a route";
            }
            String status = notIn("status", r.getStatus(), STATUSES);
            return status != null || r.getCause() == null ? status : notIn("cause", r.getCause(), CAUSES);
        }
        SanctionStatementEvent s = (SanctionStatementEvent) payload;
        return blank(s.getActor()) ? "sanction statement without an actor"
                : notIn("position", s.getPosition(), POSITIONS);
    }

    private static int evidenceStart(Object p) {
        return p instanceof StanceEvent s ? s.getEvidenceStart()
                : p instanceof RouteDisruptionEvent r ? r.getEvidenceStart()
                : ((SanctionStatementEvent) p).getEvidenceStart();
    }

    private static int evidenceEnd(Object p) {
        return p instanceof StanceEvent s ? s.getEvidenceEnd()
                : p instanceof RouteDisruptionEvent r ? r.getEvidenceEnd()
                : ((SanctionStatementEvent) p).getEvidenceEnd();
    }

    private static String notIn(String field, String value, Set<String> allowed) {
        return allowed.contains(value) ? null : "unknown " + field + " '" + value + "'";
    }

    private static String badDate(String field, String value) {
        return value == null || DATE.matcher(value).matches() ? null : "malformed " + field + " '" + value + "'";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
