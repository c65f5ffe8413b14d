package io.geowire.streams.internal;

import io.geowire.model.Serdes;
import io.geowire.model.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The dead letters the Streams application writes itself, in our DeadLetter schema, keyed by where the record
 * came from ({@code topic-partition@offset}). One place for the stages, the key and the excerpt, shared by the
 * poison branch of the topology and the exception handlers.
 */
public final class StreamsDeadLetters {

    /** Input bytes that are not our Avro, or decode to something out of range (the topology's poison branch). */
    public static final String STAGE_DECODE = "streams";
    /** A record a deserializer threw on (only Streams' own internal topics can do that: inputs use SafeSerde). */
    public static final String STAGE_DESERIALIZE = "streams-deserialize";
    /** A processor threw while handling the record; what it changed before the throw stays. */
    public static final String STAGE_PROCESS = "streams-process";
    /** A record derived from the input could not be serialized for its output topic. */
    public static final String STAGE_PRODUCE = "streams-produce";

    /** Stages of records that were counted when they entered but could not be carried all the way through. */
    public static final Set<String> FAILURE_STAGES = Set.of(STAGE_DESERIALIZE, STAGE_PROCESS, STAGE_PRODUCE);

    private static final int EXCERPT_CHARS = 120;
    private static final int REASON_CHARS = 1_000;

    private StreamsDeadLetters() {
    }

    public static String source(String topic, int partition, long offset) {
        return topic == null ? "unknown" : topic + "-" + partition + "@" + offset;
    }

    public static DeadLetter letter(String source, String stage, String reason, byte[] bytes, long nowMillis) {
        return DeadLetter.newBuilder()
                .setSource(source)
                .setStage(stage)
                .setReason(reason == null ? "no reason given" : truncate(reason))
                .setExcerpt(excerpt(bytes))
                .setTime(Instant.ofEpochMilli(nowMillis))
                .setOriginalBytes(bytes == null ? null : ByteBuffer.wrap(bytes))
                .build();
    }

    /**
     * The record an exception handler hands back to Streams, which writes it in the task's own transaction. Its
     * timestamp is now: the failed record's own time may be one the broker refuses.
     */
    public static ProducerRecord<byte[], byte[]> record(String topic, DeadLetter letter) {
        return new ProducerRecord<>(topic, null, letter.getTime().toEpochMilli(),
                letter.getSource().getBytes(StandardCharsets.UTF_8), Serdes.deadLetter().encode(letter));
    }

    /**
     * {@code what}, then the exception and its causes, outermost first, each message once (Streams wraps the real
     * cause in several layers that repeat it), in one line of at most about 1000 characters.
     */
    public static String reason(String what, Throwable e) {
        StringBuilder b = new StringBuilder(what);
        String separator = ": ";
        for (Throwable t = e; t != null && b.length() < REASON_CHARS; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
            if (b.indexOf(message) < 0) {
                b.append(separator).append(message);
                separator = " <- ";
            }
        }
        return b.toString();
    }

    /** The printable start of the bytes, so an operator can recognise what was sent. */
    public static String excerpt(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String text = new String(bytes, 0, Math.min(bytes.length, EXCERPT_CHARS), StandardCharsets.UTF_8);
        return text.replaceAll("[^\\p{Print}]", "?");
    }

    private static String truncate(String s) {
        return s.length() <= REASON_CHARS ? s : s.substring(0, REASON_CHARS) + "...";
    }
}
