package io.geowire.streams.internal;

import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import io.geowire.streams.query.ArticleView.ArticleEvent;

/** One-line summaries of extracted events for the article view. */
public final class EventSummaries {

    private EventSummaries() {
    }

    public static ArticleEvent articleEvent(Event event) {
        Object p = event.getPayload();
        if (p instanceof StanceEvent s) {
            return new ArticleEvent(s.getId(), event.getType(), s.getEvidence(), s.getEvidenceStart(),
                    s.getEvidenceEnd(), s.getActor() + " " + s.getPolarity() + " " + s.getTarget()
                            + (s.getTopic() == null ? "" : " (" + s.getTopic() + ")"));
        }
        if (p instanceof RouteDisruptionEvent r) {
            return new ArticleEvent(r.getId(), event.getType(), r.getEvidence(), r.getEvidenceStart(),
                    r.getEvidenceEnd(), r.getRoute() + " " + r.getStatus()
                            + (r.getCause() == null ? "" : " (" + r.getCause() + ")"));
        }
        SanctionStatementEvent s = (SanctionStatementEvent) p;
        return new ArticleEvent(s.getId(), event.getType(), s.getEvidence(), s.getEvidenceStart(),
                s.getEvidenceEnd(), s.getActor() + " " + s.getPosition()
                        + (s.getSpeaker() == null ? "" : " (" + s.getSpeaker() + ")"));
    }
}
