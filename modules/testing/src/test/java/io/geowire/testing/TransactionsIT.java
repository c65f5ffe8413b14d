package io.geowire.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@KafkaIT
class TransactionsIT {

    @Test
    void shouldHideAbortedRecordsWhenReadCommitted(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("tx", 1);
        Map<String, Object> tx = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueName("tx-producer"));
        try (KafkaProducer<String, String> producer = Clients.producer(kafka, tx)) {
            producer.initTransactions();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "a", "committed-1"));
            producer.send(new ProducerRecord<>(topic, "a", "committed-2"));
            producer.commitTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "b", "aborted-1")).get(); // really on the log before the abort
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "c", "committed-3"));
            producer.commitTransaction();
        }

        List<String> committed = Clients.readAll(kafka, topic, "read_committed");
        List<String> everything = Clients.readAll(kafka, topic, "read_uncommitted");

        assertThat(committed).containsExactly("committed-1", "committed-2", "committed-3");
        assertThat(everything).containsExactly("committed-1", "committed-2", "aborted-1", "committed-3");
    }

    @Test
    void shouldShowNothingWhenTheOnlyTransactionIsAborted(TestKafka kafka) throws Exception {
        String topic = kafka.createTopic("tx-aborted", 2);
        Map<String, Object> tx = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueName("tx-producer"));
        try (KafkaProducer<String, String> producer = Clients.producer(kafka, tx)) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "aborted-" + i));
            }
            producer.flush();
            producer.abortTransaction();
        }

        assertThat(Clients.readAll(kafka, topic, "read_committed")).isEmpty();
        assertThat(Clients.readAll(kafka, topic, "read_uncommitted")).hasSize(10);
    }
}
