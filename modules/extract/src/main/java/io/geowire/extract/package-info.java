/**
 * Event extraction: {@link io.geowire.extract.EventExtractor} turns {@link io.geowire.extract.ArticleInput} into
 * {@link io.geowire.extract.ExtractedEvent}s (stance, route_disruption, sanction_statement) with verbatim evidence.
 * Domain knowledge lives in data files under {@code io/geowire/extract/data}; see docs/extraction.md.
 */
package io.geowire.extract;
