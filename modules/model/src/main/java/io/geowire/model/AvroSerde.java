package io.geowire.model;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageDecoder;
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
 * <p>The bytes are exactly those of Avro's {@code BinaryMessageEncoder} (header, fingerprint, binary datum), but
 * written through a buffered encoder into an unsynchronised per-thread buffer, and values of the current schema are
 * read with an array-backed decoder: Avro's message classes go through a synchronised byte stream for every field
 * (in {@code bench rebuild} encoding and decoding store values was a quarter of the stream thread's samples).
 * Values of older schema versions and anything unreadable still go through {@code BinaryMessageDecoder}.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    /**
     * One serde per record type for the whole JVM. Making one parses every released schema of the history and
     * fingerprints them (about a millisecond); the producer asked for one per event it encoded, which a JFR profile
     * of {@code bench e2e} showed as 40% of the producing thread's CPU. Avro's datum readers and writers are
     * thread-safe, and the buffers below are per thread, so sharing a serde is safe.
     */
    private static final Map<Class<?>, AvroSerde<?>> BY_TYPE = new ConcurrentHashMap<>();
    /** Avro's single-object marker, then the 8-byte fingerprint (little-endian CRC-64-AVRO). */
    private static final int HEADER_BYTES = 10;
    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);
    private static final ThreadLocal<BinaryDecoder> INPUT = new ThreadLocal<>();

    private final Class<T> type;
    private final byte[] header;
    private final long fingerprint;
    private final DatumWriter<T> writer;
    private final DatumReader<T> reader;
    private final BinaryMessageDecoder<T> decoder;

    @SuppressWarnings("unchecked") // SpecificData makes readers and writers of the type whose schema it is given
    private AvroSerde(Class<T> type) {
        this.type = type;
        Schema current = SpecificData.get().getSchema(type);
        SpecificData model = new SpecificData(type.getClassLoader());
        SchemaStore.Cache released = new SchemaStore.Cache();
        SchemaHistory.releasedVersionsOf(current.getFullName()).forEach(released::addSchema);
        this.header = header(current);
        this.fingerprint = ByteBuffer.wrap(header, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        this.writer = (DatumWriter<T>) model.createDatumWriter(current);
        this.reader = (DatumReader<T>) model.createDatumReader(current, current);
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
        Output out = OUTPUT.get();
        out.reset();
        out.write(header, 0, header.length);
        try {
            out.encoder = EncoderFactory.get().binaryEncoder(out, out.encoder);
            writer.write(record, out.encoder);
            out.encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.bytes();
    }

    /** Decodes one value; the exception message says why a value is not a readable record. */
    public T decode(byte[] bytes) {
        try {
            return isCurrent(bytes) ? decodeCurrent(bytes) : decoder.decode(bytes);
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

    private boolean isCurrent(byte[] bytes) {
        return bytes.length >= HEADER_BYTES && bytes[0] == header[0] && bytes[1] == header[1]
                && ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong() == fingerprint;
    }

    /** What BinaryMessageDecoder does for the current schema, on the array instead of a stream over it. */
    private T decodeCurrent(byte[] bytes) throws IOException {
        BinaryDecoder in = DecoderFactory.get().binaryDecoder(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES,
                INPUT.get());
        INPUT.set(in);
        return reader.read(null, in);
    }

    /** The single-object header BinaryMessageEncoder writes: marker 0xC3 0x01, then the schema's fingerprint. */
    private static byte[] header(Schema schema) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0xC3).put((byte) 0x01).putLong(SchemaNormalization.parsingFingerprint64(schema));
        return b.array();
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : encode(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    /** A growable byte buffer without the locking of ByteArrayOutputStream; one per thread, reused. */
    private static final class Output extends OutputStream {
        private static final int MAX_KEPT = 1 << 20;
        private byte[] buf = new byte[4096];
        private int count;
        private BinaryEncoder encoder;

        void reset() {
            count = 0;
        }

        byte[] bytes() {
            byte[] copy = Arrays.copyOf(buf, count);
            if (buf.length > MAX_KEPT) {
                buf = new byte[4096]; // one huge value (a long article) should not stay on the thread
            }
            return copy;
        }

        @Override
        public void write(int b) {
            ensure(1);
            buf[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        private void ensure(int more) {
            if (count + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }
}
