package io.geowire.streams.query;

import java.util.List;

/** A piece of evidence behind an aggregate: the corroborated event, its sentence and the articles reporting it. */
public record EvidenceRef(String eventId, String evidence, String polarity, String date, int sources,
        List<String> articles) {
}
