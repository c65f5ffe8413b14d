package io.geowire.streams.internal;

import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.StanceEvidence;
import io.geowire.model.avro.StanceTotals;
import io.geowire.model.avro.StanceWindowTotals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The stance windows of the pairs a task has seen lately, in memory, and the {@code stance-index} value written from
 * them (a {@link PairStance} with every window of the pair). Before, every stance event read all the pair's windows
 * from the store and encoded them all, and a pair has one window per week of its history. A window closes once the
 * pair's clock has passed its end plus the grace period and never changes afterwards, so closed windows are kept
 * here already encoded, and the open ones (about (size + grace) / advance of them) as objects that the processor
 * changes through {@link PairWindows#put} / {@link PairWindows#delete}, which write to the store too. The store stays
 * the truth: a pair not in memory is read from it in full. The bytes are exactly what
 * {@code AvroSerde.of(PairStance.class)} writes for the same record (single-object encoding, one array block: Avro
 * writes an array's items back to back after their count, so kept bytes and fresh ones concatenate);
 * {@code StanceRecordsTest} holds it to that.
 * <p>One instance per stance processor, i.e. per task, used by its stream thread only. The processor clears it when
 * its task is closed or initialised again (after an aborted transaction the stores are restored to the last commit,
 * and memory must not be ahead of them). Memory is bounded by {@code maxCachedBytes}; the pairs used least recently
 * are dropped first.
 */
public final class StanceRecords {

    private static final Schema SCHEMA = PairStance.getClassSchema();
    private static final byte[] HEADER = header(SCHEMA);

    private final StanceMath math;
    private final long maxCachedBytes;
    private final DatumWriter<StanceTotals> totalsWriter = new SpecificDatumWriter<>(StanceTotals.class);
    private final DatumWriter<StanceWindowTotals> windowWriter = new SpecificDatumWriter<>(StanceWindowTotals.class);
    private final DatumWriter<StanceEvidence> evidenceWriter = new SpecificDatumWriter<>(StanceEvidence.class);
    private final Map<String, PairWindows> pairs = new LinkedHashMap<>(16, 0.75f, true);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final ByteArrayOutputStream windowBytes = new ByteArrayOutputStream(256);
    private BinaryEncoder encoder;
    private BinaryEncoder windowEncoder;
    private long cachedBytes;

    public StanceRecords(StanceMath math, long maxCachedBytes) {
        this.math = math;
        this.maxCachedBytes = maxCachedBytes;
    }

    /**
     * What is kept of one pair: every window starting before {@code openFrom} (closed for good) encoded, oldest
     * first, and the open windows as objects, by store key. The processor changes open windows through
     * {@link #put} and {@link #delete}, which write to the store as well, so the open ones here are the store's.
     */
    public final class PairWindows {
        private long openFrom = Long.MIN_VALUE;
        private int closedCount;
        private byte[] closedBytes = new byte[0];
        private int closedLength;
        private final TreeMap<String, StanceWindowTotals> open = new TreeMap<>();

        /** The window at {@code key} if it is open (null when it has no events yet). */
        public StanceWindowTotals get(String key) {
            return open.get(key);
        }

        public void put(KeyValueStore<String, StanceWindowTotals> store, String key, StanceWindowTotals w) {
            store.put(key, w);
            if (open.put(key, w) == null) {
                cachedBytes += OPEN_WINDOW_BYTES;
            }
        }

        public void delete(KeyValueStore<String, StanceWindowTotals> store, String key) {
            store.delete(key);
            if (open.remove(key) != null) {
                cachedBytes -= OPEN_WINDOW_BYTES;
            }
        }

        private void appendClosed(byte[] item) {
            if (closedLength + item.length > closedBytes.length) {
                closedBytes = Arrays.copyOf(closedBytes, Math.max(closedBytes.length * 2, closedLength + item.length));
            }
            System.arraycopy(item, 0, closedBytes, closedLength, item.length);
            closedLength += item.length;
            closedCount++;
        }

        private long size() {
            return closedBytes.length + OPEN_WINDOW_BYTES * (long) open.size();
        }
    }

    /** A rough size of one open window held as an object, for the memory bound. */
    private static final long OPEN_WINDOW_BYTES = 200;

    /**
     * The windows of {@code pair} at the pair's clock {@code clockDay}: from memory, with the windows closed since
     * the last event encoded and set aside; read from the store when the pair is not in memory.
     */
    public PairWindows windows(String pair, long clockDay, ReadOnlyKeyValueStore<String, StanceWindowTotals> store) {
        long openFrom = math.openFrom(clockDay);
        PairWindows kept = pairs.remove(pair);
        if (kept != null) {
            cachedBytes -= kept.size();
        }
        if (kept == null || kept.openFrom > openFrom) {
            // not in memory, or kept from a later clock than the store's (a rollback): read the store
            kept = load(pair, store);
        }
        String firstOpenKey = StanceProcessor.windowKey(pair, openFrom);
        while (!kept.open.isEmpty() && kept.open.firstKey().compareTo(firstOpenKey) < 0) {
            kept.appendClosed(encodeWindow(kept.open.pollFirstEntry().getValue()));
        }
        kept.openFrom = openFrom;
        pairs.put(pair, kept);
        cachedBytes += kept.size();
        evictBeyondBound(pair);
        return kept;
    }

    /** Every window of the pair, from the store, all held open until {@link #windows} sets the closed ones aside. */
    private PairWindows load(String pair, ReadOnlyKeyValueStore<String, StanceWindowTotals> store) {
        PairWindows loaded = new PairWindows();
        String prefix = pair + "|";
        // '}' follows '|': every key of this pair sorts before pair + "}"
        try (KeyValueIterator<String, StanceWindowTotals> it = store.range(prefix, pair + "}")) {
            while (it.hasNext()) {
                KeyValue<String, StanceWindowTotals> kv = it.next();
                if (kv.key.startsWith(prefix)) {
                    loaded.open.put(kv.key, kv.value);
                }
            }
        }
        return loaded;
    }

    /**
     * The value for stance-index: {@code state} (the all-time store's value, whose windows are ignored) with every
     * window of the pair, oldest first, as {@link #windows} last returned them.
     */
    public byte[] encode(PairWindows windows, PairStance state) {
        return write(state, windows);
    }

    /** Forgets every pair (the processor's task was closed or re-initialised). */
    public void clear() {
        pairs.clear();
        cachedBytes = 0;
    }

    int cachedPairs() {
        return pairs.size();
    }

    private void evictBeyondBound(String current) {
        Iterator<Map.Entry<String, PairWindows>> eldest = pairs.entrySet().iterator();
        while (cachedBytes > maxCachedBytes && eldest.hasNext()) {
            Map.Entry<String, PairWindows> e = eldest.next();
            if (!e.getKey().equals(current)) {
                cachedBytes -= e.getValue().size();
                eldest.remove();
            }
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
    private byte[] write(PairStance state, PairWindows kept) {
        out.reset();
        out.writeBytes(HEADER);
        encoder = EncoderFactory.get().directBinaryEncoder(out, encoder);
        try {
            encoder.writeString(state.getActor());
            encoder.writeString(state.getTarget());
            totalsWriter.write(state.getAllTime(), encoder);
            encoder.writeArrayStart();
            encoder.setItemCount(kept.closedCount + kept.open.size());
            encoder.flush();
            out.write(kept.closedBytes, 0, kept.closedLength);
            for (StanceWindowTotals w : kept.open.values()) {
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
