package io.geowire.ingest.archfixture;

import org.apache.kafka.clients.producer.ProducerRecord;

/** A deliberate breach for ArchitectureTest: ingest code that touches Kafka. Test code only. */
public final class IngestUsingKafka {

    public ProducerRecord<String, String> record(String text) {
        return new ProducerRecord<>("articles", text);
    }
}
