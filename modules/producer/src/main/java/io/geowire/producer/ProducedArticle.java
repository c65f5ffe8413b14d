package io.geowire.producer;

import io.geowire.extract.ExtractedEvent;
import io.geowire.ingest.IngestedArticle;
import java.util.List;

/**
 * One input article after ingestion and extraction: what goes to Kafka in one transaction.
 * {@code events} is empty unless the article was ingested OK; their offsets refer to the cleaned text.
 */
public record ProducedArticle(IngestedArticle ingested, List<ExtractedEvent> events) {
}
