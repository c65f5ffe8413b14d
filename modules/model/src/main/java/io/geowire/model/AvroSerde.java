package io.geowire.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one generated Avro record type, in Avro single-object encoding: every value starts
 * with the writer schema's 64-bit fingerprint, so no schema registry is needed. Records written with a
 * released older version of the schema are resolved to the current one; anything else (foreign bytes, an
 * unknown fingerprint) fails with a {@link SerializationException} naming the reason.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    /**
     * One serde per record type for the whole JVM. Making one parses every released schema of the history and
     * fingerprints them (about a millisecond); the producer asked for one per event it encoded, which a JFR profile
     * of {@code bench e2e} showed as 40% of the producing thread's CPU. Avro's message encoder and decoder are
     * thread-safe, so sharing them is safe.
     */
    private static final Map<Class<?>, AvroSerde<?>> BY_TYPE = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type) {
        this.type = type;
        Schema current = SpecificData.get().getSchema(type);
        SpecificData model = new SpecificData(type.getClassLoader());
        SchemaStore.Cache released = new SchemaStore.Cache();
        SchemaHistory.releasedVersionsOf(current.getFullName()).forEach(released::addSchema);
        this.encoder = new BinaryMessageEncoder<>(model, current);
        this.decoder = new BinaryMessageDecoder<>(model, current, released);
    }

    @SuppressWarnings("unchecked") // the map only ever holds AvroSerde<T> under the key T
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return (AvroSerde<T>) BY_TYPE.computeIfAbsent(type, t -> new AvroSerde<>(type));
    }

    public Class<T> type() {
        return type;
    }

    public byte[] encode(T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes one value; the exception message says why a value is not a readable record. */
    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (org.apache.avro.message.MissingSchemaException e) {
            throw new SerializationException("unknown schema fingerprint for " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        } catch (org.apache.avro.message.BadHeaderException e) {
            throw new SerializationException("not Avro single-object encoded " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + type.getSimpleName() + ": " + e, e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : encode(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }
}
