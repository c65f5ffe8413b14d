package io.geowire.streams.internal;

import io.geowire.model.avro.DeadLetter;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Turns an unreadable input record into a dead letter keyed by where it came from (topic-partition@offset). */
public final class PoisonToDeadLetter<T> implements Processor<String, Decoded<T>, String, DeadLetter> {

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
        DeadLetter letter = StreamsDeadLetters.letter(source, StreamsDeadLetters.STAGE_DECODE, reason, bytes,
                context.currentSystemTimeMs());
        context.forward(record.withKey(source).withValue(letter));
    }

    static String describe(RecordMetadata m) {
        return StreamsDeadLetters.source(m.topic(), m.partition(), m.offset());
    }
}
