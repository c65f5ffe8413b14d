package io.geowire.streams;

import io.geowire.model.avro.DeadLetter;
import io.geowire.streams.internal.StreamsDeadLetters;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams exception handlers (KIP-1033 processing, KIP-1034 dead letter queue) that turn the record a
 * handler is called for into one of our {@link DeadLetter}s on the dead-letters topic and let the application carry
 * on. Streams writes the dead letter handed back in the task's own transaction (exactly_once_v2), together with the
 * offset commit that moves past the failed record. The topic is the one in {@code errors.dead.letter.queue.topic.name};
 * we build the record ourselves instead of Kafka's default one (the raw input bytes plus error headers), so every
 * dead letter on the topic has one schema, a source key and a reason (docs/decisions.md).
 */
public final class DeadLetterHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {
    }

    /** The handler settings for a dead-letters topic; {@link StreamsConfigFactory} adds them. */
    public static Map<String, Object> config(String deadLettersTopic) {
        return Map.of(
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLettersTopic,
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, Deserialization.class,
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, Processing.class,
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, Production.class);
    }

    static String topicOf(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new ConfigException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                    + " must name the dead-letters topic for the geowire exception handlers");
        }
        return topic.toString();
    }

    static List<ProducerRecord<byte[], byte[]>> deadLetter(String topic, ErrorHandlerContext context, String stage,
            String reason, byte[] bytes) {
        String source = StreamsDeadLetters.source(context.topic(), context.partition(), context.offset());
        DeadLetter letter = StreamsDeadLetters.letter(source, stage, reason, bytes, System.currentTimeMillis());
        LOG.warn("record {} goes to {} ({}): {}", source, topic, stage, letter.getReason());
        return List.of(StreamsDeadLetters.record(topic, letter));
    }

    /** A deserializer threw: the raw record becomes a dead letter. */
    public static final class Deserialization implements DeserializationExceptionHandler {

        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = topicOf(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                Exception exception) {
            return Response.resume(deadLetter(topic, context, StreamsDeadLetters.STAGE_DESERIALIZE,
                    StreamsDeadLetters.reason("cannot deserialize", exception), record.value()));
        }
    }

    /**
     * A processor threw (an exception of its own, not a Kafka one): the input record that was being processed (its raw bytes as read) becomes a dead letter.
     * Streams asks the handler at the processor that threw, so only that processor's part (and what it would have
     * forwarded) is missing; the other parts of the topology handle the record as usual, and the pipeline counts,
     * which see every record first, have counted it.
     */
    public static final class Processing implements ProcessingExceptionHandler {

        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = topicOf(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            if (exception instanceof KafkaException) {
                // Kafka's own failure reached through a processor (a store, or a send inside a transaction the broker
                // already failed): not this record's fault, and a dead letter would go down with the transaction
                return Response.fail();
            }
            return Response.resume(deadLetter(topic, context, StreamsDeadLetters.STAGE_PROCESS,
                    StreamsDeadLetters.reason("failed in " + context.processorNodeId(), exception),
                    context.sourceRawValue()));
        }
    }

    /**
     * Writing a derived record failed. A serialization error happens before anything is sent, so the input becomes
     * a dead letter and processing goes on. A send the broker refuses is different under exactly-once: the producer
     * has already marked the whole transaction as failed, so no answer here can save it (a dead letter would be
     * aborted with it, and RESUME would only fail the commit); FAIL stops the thread with the broker's reason, which
     * the application reports. Record timestamps are bounded (EventTimeExtractor) so that the refusal seen in
     * practice, a timestamp too far in the future, cannot happen.
     * <p>A retriable failure (the broker restarting, a leader moving, a send timing out) is no refusal: RETRY makes
     * Streams abort the transaction, close the task dirty and process its input again from the last commit, so
     * nothing is lost or doubled. Since Kafka 4.0 Streams asks the handler about those too, and only RETRY keeps
     * them recoverable: FAIL there stopped the whole application on a broker restart.
     */
    public static final class Production implements ProductionExceptionHandler {

        private String topic;

        @Override
        public void configure(Map<String, ?> configs) {
            topic = topicOf(configs);
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                Exception exception, SerializationExceptionOrigin origin) {
            return Response.resume(deadLetter(topic, context, StreamsDeadLetters.STAGE_PRODUCE,
                    StreamsDeadLetters.reason("cannot serialize the " + origin.toString().toLowerCase(java.util.Locale.ROOT)
                            + " for " + record.topic(), exception), context.sourceRawValue()));
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                Exception exception) {
            if (exception instanceof RetriableException) {
                LOG.warn("sending a record for {} failed for now ({}); the task retries from its last commit",
                        record.topic(), exception.toString());
                return Response.retry();
            }
            LOG.error("the broker refused a record for {} derived from {}: the transaction cannot commit",
                    record.topic(), StreamsDeadLetters.source(context.topic(), context.partition(), context.offset()),
                    exception);
            return Response.fail();
        }
    }
}
