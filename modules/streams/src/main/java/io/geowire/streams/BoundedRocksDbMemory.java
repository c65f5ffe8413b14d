package io.geowire.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Puts every RocksDB store of the process under one memory budget. Kafka Streams' defaults give each store
 * instance its own 50 MB block cache and up to three 16 MB memtables; geowire has 14 stores on each of 3
 * partitions, so the off-heap memory could grow towards 3 GB and was not bounded by anything the JVM knows.
 * Here all instances share one LRU cache of {@link #TOTAL_OFF_HEAP_BYTES}, and memtables are charged to that same
 * cache through a shared write-buffer manager (at most {@link #TOTAL_MEMTABLE_BYTES} of it), so the total stays
 * near the budget however many stores and partitions an instance hosts. Index and filter blocks live in the cache
 * too (high priority, so data blocks are evicted first), instead of growing outside it with the number of files.
 * <p>Kafka Streams makes one instance of this class per store and calls {@link #close} per store: the shared cache
 * and manager are therefore static, created once, and never closed here (they live as long as the process).
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Off-heap budget of all stores together: block cache, index and filter blocks, and memtables. */
    public static final long TOTAL_OFF_HEAP_BYTES = 192L * 1024 * 1024;
    /** The part of the budget memtables may take before RocksDB flushes the largest. */
    public static final long TOTAL_MEMTABLE_BYTES = 96L * 1024 * 1024;
    /**
     * One memtable of one store: RocksDB's and Streams' 16 MB. A first try with 4 MB memtables (and a 64 MB budget)
     * made {@code bench rebuild} of 10,000 articles take 256 CPU-s instead of 179: many small flushes, five times the
     * files on disk, more compaction, and no lower peak RSS (the heap dominates it at that size).
     */
    static final long MEMTABLE_BYTES = 16L * 1024 * 1024;
    private static final int MEMTABLES_PER_STORE = 2;
    private static final double INDEX_AND_FILTER_SHARE = 0.1;

    private static final Cache CACHE = new LRUCache(TOTAL_OFF_HEAP_BYTES, -1, false, INDEX_AND_FILTER_SHARE);
    private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(TOTAL_MEMTABLE_BYTES, CACHE);

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_BYTES);
        options.setMaxWriteBufferNumber(MEMTABLES_PER_STORE);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write-buffer manager are shared by every store of the process: nothing to close per store
    }
}
