package io.geowire.streams.support;

import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.SanctionStatementEvent;
import io.geowire.model.avro.StanceEvent;

/** Builds test records: made-up articles and events shaped like the extractor's output. */
public final class Samples {

    private Samples() {
    }

    public static Article article(String id, String published) {
        return Article.newBuilder()
                .setId(id).setArticle(id + ".txt").setSourcePath("corpus/" + id + ".txt")
                .setPublished(published).setText("Text of " + id).setContentHash("hash-" + id)
                .build();
    }

    public static Article duplicate(String id, String of) {
        Article a = article(id, null);
        a.setDuplicateOf(of);
        return a;
    }

    public static Event stance(String id, String articleId, String actor, String target, String polarity,
            String date, String evidence) {
        return stance(id, articleId, actor, target, polarity, date, null, evidence, 0.8, false);
    }

    public static Event stance(String id, String articleId, String actor, String target, String polarity,
            String date, String published, String evidence, double confidence, boolean hedged) {
        StanceEvent e = StanceEvent.newBuilder()
                .setId(id).setArticleId(articleId).setArticle(articleId + ".txt").setSource("outlet-" + articleId)
                .setPublished(published).setDate(date).setHedged(hedged).setEvidence(evidence)
                .setEvidenceStart(0).setEvidenceEnd(evidence.length()).setConfidence(confidence)
                .setExtractorVersion("test").setActor(actor).setTarget(target).setPolarity(polarity)
                .setTopic("test topic").build();
        return new Event(id, "stance", e);
    }

    public static Event route(String id, String articleId, String route, String status, String cause,
            String magnitude, String date, String evidence) {
        RouteDisruptionEvent e = RouteDisruptionEvent.newBuilder()
                .setId(id).setArticleId(articleId).setArticle(articleId + ".txt").setSource("outlet-" + articleId)
                .setDate(date).setEvidence(evidence).setEvidenceStart(0).setEvidenceEnd(evidence.length())
                .setConfidence(0.7).setExtractorVersion("test").setRoute(route).setStatus(status).setCause(cause)
                .setMagnitude(magnitude).build();
        return new Event(id, "route_disruption", e);
    }

    public static Event sanction(String id, String articleId, String actor, String speaker, String position,
            String regime, String date, String evidence) {
        SanctionStatementEvent e = SanctionStatementEvent.newBuilder()
                .setId(id).setArticleId(articleId).setArticle(articleId + ".txt").setSource("outlet-" + articleId)
                .setDate(date).setEvidence(evidence).setEvidenceStart(0).setEvidenceEnd(evidence.length())
                .setConfidence(0.9).setExtractorVersion("test").setActor(actor).setSpeaker(speaker)
                .setPosition(position).setRegime(regime).build();
        return new Event(id, "sanction_statement", e);
    }
}
