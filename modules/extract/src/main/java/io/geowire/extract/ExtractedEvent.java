package io.geowire.extract;

/**
 * One event found in an article, with field names and values as in the shared vocabulary.
 * Fields that do not apply to the event's type are null.
 *
 * @param id               stable fingerprint of the event (same input, same id)
 * @param type             "stance" | "route_disruption" | "sanction_statement"
 * @param date             "YYYY-MM-DD", "YYYY-MM" or null
 * @param evidence         verbatim substring of the input text
 * @param evidenceStart    offset of the evidence in the input text (inclusive)
 * @param evidenceEnd      offset of the evidence in the input text (exclusive)
 * @param confidence       0..1
 */
public record ExtractedEvent(
        String id,
        String type,
        String article,
        String date,
        boolean hedged,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        double confidence,
        String actor,
        String target,
        String polarity,
        String topic,
        String route,
        String status,
        String cause,
        String magnitude,
        String speaker,
        String position,
        String regime,
        String extractorVersion) {
}
