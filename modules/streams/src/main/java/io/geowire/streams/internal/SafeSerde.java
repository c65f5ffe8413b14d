package io.geowire.streams.internal;

import io.geowire.model.AvroSerde;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Reads input topics without ever throwing: bytes that are not our Avro become a poison {@link Decoded}
 * the topology routes to dead-letters with the reason, instead of stopping the application.
 */
public final class SafeSerde<T extends SpecificRecord> implements Serde<Decoded<T>> {

    private final AvroSerde<T> avro;
    private final Function<T, String> validation;

    public SafeSerde(AvroSerde<T> avro) {
        this(avro, value -> null);
    }

    /** {@code validation} returns why a decoded record is out of range (it then becomes poison), or null. */
    public SafeSerde(AvroSerde<T> avro, Function<T, String> validation) {
        this.avro = avro;
        this.validation = validation;
    }

    @Override
    public Serializer<Decoded<T>> serializer() {
        // only reached if a decoded value is ever written back: write what was read
        return (topic, decoded) -> decoded == null ? null
                : decoded.bytes() != null ? decoded.bytes() : avro.encode(decoded.value());
    }

    @Override
    public Deserializer<Decoded<T>> deserializer() {
        return (topic, bytes) -> decode(bytes);
    }

    Decoded<T> decode(byte[] bytes) {
        if (bytes == null) {
            return Decoded.poison(null, "null value (tombstone) where a record was expected");
        }
        T value;
        try {
            value = avro.decode(bytes);
        } catch (SerializationException e) {
            return Decoded.poison(bytes, e.getMessage());
        } catch (RuntimeException e) {
            return Decoded.poison(bytes, "cannot decode: " + e);
        }
        String invalid = validation.apply(value);
        return invalid == null ? Decoded.ok(value, bytes) : Decoded.poison(bytes, "out of range: " + invalid);
    }
}
