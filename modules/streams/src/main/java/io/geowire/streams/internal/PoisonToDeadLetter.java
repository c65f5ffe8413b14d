package io.geowire.streams.internal;

import io.geowire.model.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Turns an unreadable input record into a dead letter keyed by where it came from (topic-partition@offset). */
public final class PoisonToDeadLetter<T> implements Processor<String, Decoded<T>, String, DeadLetter> {

    private static final int EXCERPT_CHARS = 120;

    private ProcessorContext<String, DeadLetter> context;

    @Override
    public void init(ProcessorContext<String, DeadLetter> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Decoded<T>> record) {
        String source = context.recordMetadata()
                .map(PoisonToDeadLetter::describe)
                .orElse("unknown@" + record.key());
        byte[] bytes = record.value() == null ? null : record.value().bytes();
        String reason = record.value() == null ? "null value" : record.value().error();
        DeadLetter letter = DeadLetter.newBuilder()
                .setSource(source)
                .setStage("streams")
                .setReason(reason)
                .setExcerpt(excerpt(bytes))
                .setTime(Instant.ofEpochMilli(context.currentSystemTimeMs()))
                .setOriginalBytes(bytes == null ? null : ByteBuffer.wrap(bytes))
                .build();
        context.forward(record.withKey(source).withValue(letter));
    }

    static String describe(RecordMetadata m) {
        return m.topic() + "-" + m.partition() + "@" + m.offset();
    }

    /** The printable start of the bytes, so an operator can recognise what was sent. */
    static String excerpt(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String text = new String(bytes, 0, Math.min(bytes.length, EXCERPT_CHARS), StandardCharsets.UTF_8);
        return text.replaceAll("[^\\p{Print}]", "?");
    }
}
