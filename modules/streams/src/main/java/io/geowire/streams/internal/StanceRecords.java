package io.geowire.streams.internal;

import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceEvidence;
import io.geowire.model.avro.StanceTotals;
import io.geowire.model.avro.StanceWindowTotals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Encodes the {@code stance-index} value of a pair (a {@link PairStance} with every window of the pair) without
 * reading or encoding the pair's closed windows again on every event. A window closes once the pair's clock has
 * passed its end plus the grace period and never changes afterwards, so the encoded closed windows of each pair
 * are kept in memory and only the open ones (about (size + grace) / advance of them) are read from the store and
 * encoded per event. The bytes are exactly what {@code AvroSerde.of(PairStance.class)} writes for the same record
 * (single-object encoding, one array block: Avro writes an array's items back to back after their count, so the
 * kept bytes and the fresh ones can simply be concatenated); {@code StanceRecordsTest} holds it to that.
 * <p>One instance per stance processor, i.e. per task and stream thread: not thread-safe. The memory is bounded
 * ({@code maxCachedBytes}); a pair pushed out is read from the store in full on its next event.
 */
public final class StanceRecords {

    private static final Schema SCHEMA = PairStance.getClassSchema();
    private static final byte[] HEADER = header(SCHEMA);

    private final StanceMath math;
    private final long maxCachedBytes;
    private final DatumWriter<StanceTotals> totalsWriter = new SpecificDatumWriter<>(StanceTotals.class);
    private final DatumWriter<StanceWindowTotals> windowWriter = new SpecificDatumWriter<>(StanceWindowTotals.class);
    private final DatumWriter<StanceEvidence> evidenceWriter = new SpecificDatumWriter<>(StanceEvidence.class);
    private final Map<String, ClosedWindows> closed = new LinkedHashMap<>(16, 0.75f, true);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final ByteArrayOutputStream windowBytes = new ByteArrayOutputStream(256);
    private BinaryEncoder encoder;
    private BinaryEncoder windowEncoder;
    private long cachedBytes;

    public StanceRecords(StanceMath math, long maxCachedBytes) {
        this.math = math;
        this.maxCachedBytes = maxCachedBytes;
    }

    /** The encoded closed windows of one pair: every window starting before {@code openFrom}, oldest first. */
    private static final class ClosedWindows {
        long openFrom = Long.MIN_VALUE;
        int count;
        byte[] bytes = new byte[0];
        int length;

        void append(byte[] item) {
            if (length + item.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + item.length));
            }
            System.arraycopy(item, 0, bytes, length, item.length);
            length += item.length;
            count++;
        }
    }

    /**
     * The value for stance-index: {@code state} (the all-time store's value, whose windows are ignored) with every
     * window of {@code pair} in {@code windows}, oldest first.
     */
    public byte[] encode(String pair, PairStance state, ReadOnlyKeyValueStore<String, StanceWindowTotals> windows) {
        long openFrom = math.openFrom(state.getLatestDay());
        ClosedWindows kept = closed.remove(pair);
        if (kept == null || kept.openFrom > openFrom) {
            // not kept yet, or kept from a clock later than this one (state rolled back after an aborted
            // transaction): start from the store
            kept = new ClosedWindows();
        } else {
            cachedBytes -= kept.bytes.length;
        }
        List<StanceWindowTotals> open = new ArrayList<>();
        String from = kept.openFrom == Long.MIN_VALUE ? pair + "|" : StanceProcessor.windowKey(pair, kept.openFrom);
        String prefix = pair + "|";
        String firstOpenKey = StanceProcessor.windowKey(pair, openFrom);
        // '}' follows '|': every key of this pair sorts before pair + "}"
        try (KeyValueIterator<String, StanceWindowTotals> it = windows.range(from, pair + "}")) {
            while (it.hasNext()) {
                KeyValue<String, StanceWindowTotals> kv = it.next();
                if (!kv.key.startsWith(prefix)) {
                    continue;
                }
                if (kv.key.compareTo(firstOpenKey) < 0) {
                    kept.append(encodeWindow(kv.value));
                } else {
                    open.add(kv.value);
                }
            }
        }
        kept.openFrom = openFrom;
        remember(pair, kept);
        return write(state, kept, open);
    }

    /** Forgets every pair (the processor's task was closed or re-initialised). */
    public void clear() {
        closed.clear();
        cachedBytes = 0;
    }

    int cachedPairs() {
        return closed.size();
    }

    private void remember(String pair, ClosedWindows kept) {
        closed.put(pair, kept);
        cachedBytes += kept.bytes.length;
        Iterator<Map.Entry<String, ClosedWindows>> eldest = closed.entrySet().iterator();
        while (cachedBytes > maxCachedBytes && eldest.hasNext()) {
            Map.Entry<String, ClosedWindows> e = eldest.next();
            if (e.getKey().equals(pair)) {
                continue;
            }
            cachedBytes -= e.getValue().bytes.length;
            eldest.remove();
        }
    }

    private byte[] encodeWindow(StanceWindowTotals w) {
        windowBytes.reset();
        windowEncoder = EncoderFactory.get().directBinaryEncoder(windowBytes, windowEncoder);
        try {
            windowWriter.write(w, windowEncoder);
            windowEncoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return windowBytes.toByteArray();
    }

    /** The fields in the schema's order, as Avro's binary encoding writes them (checked against Avro in tests). */
    private byte[] write(PairStance state, ClosedWindows kept, List<StanceWindowTotals> open) {
        out.reset();
        out.writeBytes(HEADER);
        encoder = EncoderFactory.get().directBinaryEncoder(out, encoder);
        try {
            encoder.writeString(state.getActor());
            encoder.writeString(state.getTarget());
            totalsWriter.write(state.getAllTime(), encoder);
            encoder.writeArrayStart();
            encoder.setItemCount(kept.count + open.size());
            encoder.flush();
            out.write(kept.bytes, 0, kept.length);
            for (StanceWindowTotals w : open) {
                encoder.startItem();
                windowWriter.write(w, encoder);
            }
            encoder.writeArrayEnd();
            List<StanceEvidence> evidence = state.getTopEvidence();
            encoder.writeArrayStart();
            encoder.setItemCount(evidence.size());
            for (StanceEvidence e : evidence) {
                encoder.startItem();
                evidenceWriter.write(e, encoder);
            }
            encoder.writeArrayEnd();
            encoder.writeLong(state.getLatestDay());
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Avro single-object encoding's header: marker C3 01 and the schema's 64-bit fingerprint, little-endian. */
    private static byte[] header(Schema schema) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        byte[] h = new byte[10];
        h[0] = (byte) 0xC3;
        h[1] = (byte) 0x01;
        for (int i = 0; i < 8; i++) {
            h[2 + i] = (byte) (fingerprint >>> (8 * i));
        }
        return h;
    }
}
