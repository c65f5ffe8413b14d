package io.geowire.producer;

import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestedArticle;
import io.geowire.model.EventFields;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;
import java.time.Instant;
import java.time.LocalDate;

/** Turns ingestion and extraction results into the Avro records of the topics. */
public final class AvroMapping {

    private AvroMapping() {
    }

    public static Article article(IngestedArticle in, int eventCount) {
        return Article.newBuilder()
                .setId(in.id())
                .setArticle(in.article())
                .setSourcePath(in.sourcePath())
                .setUrl(in.url())
                .setTitle(in.title())
                .setAuthor(in.author())
                .setPublished(isoOrNull(in.published()))
                .setPublishedEstimated(in.publishedEstimated())
                .setSource(in.source())
                .setLanguage(in.language())
                .setText(in.text() == null ? "" : in.text())
                .setContentHash(in.contentHash() == null ? "" : in.contentHash())
                .setCharset(in.charset() == null ? "UTF-8" : in.charset())
                .setDuplicateOf(in.duplicateOf())
                .setEventCount(eventCount)
                .build();
    }

    public static DeadLetter deadLetter(IngestedArticle in, Instant now) {
        return DeadLetter.newBuilder()
                .setSource(in.article())
                .setStage("ingest")
                .setReason(in.reason() == null ? "unknown" : in.reason())
                .setExcerpt(in.excerpt())
                .setTime(now)
                .build();
    }

    public static Event event(ExtractedEvent e, IngestedArticle article) {
        Object payload = switch (e.type()) {
            case EventFields.STANCE -> stance(e, article);
            case EventFields.ROUTE_DISRUPTION -> route(e, article);
            case EventFields.SANCTION_STATEMENT -> sanction(e, article);
            default -> throw new IllegalArgumentException("unknown event type " + e.type() + " in " + e.id());
        };
        return Event.newBuilder().setId(e.id()).setType(e.type()).setPayload(payload).build();
    }

    private static StanceEvent stance(ExtractedEvent e, IngestedArticle a) {
        return StanceEvent.newBuilder()
                .setId(e.id()).setArticleId(a.id()).setArticle(a.article()).setSource(a.source())
                .setPublished(isoOrNull(a.published())).setDate(e.date()).setHedged(e.hedged())
                .setEvidence(e.evidence()).setEvidenceStart(e.evidenceStart()).setEvidenceEnd(e.evidenceEnd())
                .setConfidence(e.confidence()).setExtractorVersion(e.extractorVersion())
                .setActor(e.actor()).setTarget(e.target()).setPolarity(e.polarity()).setTopic(e.topic())
                .build();
    }

    private static RouteDisruptionEvent route(ExtractedEvent e, IngestedArticle a) {
        return RouteDisruptionEvent.newBuilder()
                .setId(e.id()).setArticleId(a.id()).setArticle(a.article()).setSource(a.source())
                .setPublished(isoOrNull(a.published())).setDate(e.date()).setHedged(e.hedged())
                .setEvidence(e.evidence()).setEvidenceStart(e.evidenceStart()).setEvidenceEnd(e.evidenceEnd())
                .setConfidence(e.confidence()).setExtractorVersion(e.extractorVersion())
                .setRoute(e.route()).setStatus(e.status()).setCause(e.cause()).setMagnitude(e.magnitude())
                .build();
    }

    private static SanctionStatementEvent sanction(ExtractedEvent e, IngestedArticle a) {
        return SanctionStatementEvent.newBuilder()
                .setId(e.id()).setArticleId(a.id()).setArticle(a.article()).setSource(a.source())
                .setPublished(isoOrNull(a.published())).setDate(e.date()).setHedged(e.hedged())
                .setEvidence(e.evidence()).setEvidenceStart(e.evidenceStart()).setEvidenceEnd(e.evidenceEnd())
                .setConfidence(e.confidence()).setExtractorVersion(e.extractorVersion())
                .setActor(e.actor()).setSpeaker(e.speaker()).setPosition(e.position()).setRegime(e.regime())
                .build();
    }

    private static String isoOrNull(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
