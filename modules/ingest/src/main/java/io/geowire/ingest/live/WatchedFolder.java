package io.geowire.ingest.live;

import io.geowire.ingest.internal.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A folder (and its subfolders) where files are dropped: each file created or replaced becomes an item keyed by
 * its path under the folder, versioned by the hash of its bytes (a file rewritten with the same bytes is not new).
 * A file is read only once its size and modification time have stayed the same for {@code settle}, so a file
 * still being written is not read half-way; dot-files, dot-folders and {@code *.tmp} files are ignored, so a
 * writer can write to {@code name.tmp} and rename. Deleting a file changes nothing already produced.
 *
 * <p>The folder is listed on every poll; the JDK's WatchService only wakes the poller early. Watching alone is not
 * enough: events can overflow, and some file systems (network mounts) send none.
 */
public final class WatchedFolder implements LiveSource {

    /**
     * How long a file must stay unchanged before it is read. A quarter of a second: it is part of every watched
     * file's latency (bench live: p50 707 -> 407 ms from 500 ms), and a writer that pauses longer mid-file should
     * write {@code *.tmp} and rename, or raise it ({@code --watch-settle}).
     */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(250);
    /** The longest wait between two listings, whatever the WatchService says. */
    public static final Duration DEFAULT_RESCAN = Duration.ofSeconds(1);
    /** The shortest wait before listing again for a settling file: a file must be seen unchanged twice. */
    static final Duration MIN_RELIST = Duration.ofMillis(20);

    private final Path root;
    private final Duration settle;
    private final Duration rescan;
    private final long maxBytes;
    private final Clock clock;
    private final SourceStats stats;
    private final WatchService watcher;
    private final Set<Path> watched = new HashSet<>();
    /** Size and modification time of each file at the last listing. */
    private final Map<Path, Seen> seen = new HashMap<>();
    /** The version of each file handed over (or found known), so an unchanged file is not read again. */
    private final Map<Path, Seen> handedOver = new HashMap<>();
    private boolean unsettled;
    /** When the soonest-settling file of the last listing may be read (its modification time plus settle). */
    private long settlesAtMillis;

    private record Seen(long size, long modifiedMillis) {
    }

    public WatchedFolder(Path root, Duration settle, Duration rescan, long maxBytes, Clock clock) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        this.root = root.toAbsolutePath().normalize();
        this.settle = settle;
        this.rescan = rescan;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.stats = new SourceStats(id(), kind(), this.root.toString(), clock);
        this.watcher = FileSystems.getDefault().newWatchService();
    }

    @Override
    public String id() {
        return "watch:" + root;
    }

    @Override
    public String kind() {
        return "watch";
    }

    @Override
    public SourceStats stats() {
        return stats;
    }

    @Override
    public void poll(KnownVersions known, Consumer<LiveItem> sink) {
        stats.polled();
        Map<Path, Seen> now = list();
        unsettled = false;
        settlesAtMillis = Long.MAX_VALUE;
        long nowMillis = clock.millis();
        for (Map.Entry<Path, Seen> e : now.entrySet()) {
            Path file = e.getKey();
            Seen current = e.getValue();
            if (current.equals(handedOver.get(file))) {
                continue;
            }
            boolean stable = current.equals(seen.get(file)) && nowMillis - current.modifiedMillis() >= settle.toMillis();
            if (!stable) {
                unsettled = true;
                settlesAtMillis = Math.min(settlesAtMillis, current.modifiedMillis() + settle.toMillis());
                continue;
            }
            offer(file, current, known, sink);
        }
        seen.clear();
        seen.putAll(now);
    }

    private void offer(Path file, Seen current, KnownVersions known, Consumer<LiveItem> sink) {
        String key = root.relativize(file).toString().replace('\\', '/');
        handedOver.put(file, current);
        if (current.size() > maxBytes) {
            String version = "size:" + current.size() + ":" + current.modifiedMillis();
            if (!known.isKnown(id(), key, version)) {
                stats.item();
                sink.accept(LiveItem.failed(id(), key, version, key, file.toString(), "size " + current.size()
                        + " bytes is over the " + maxBytes + " bytes file limit"));
            }
            return;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            // gone or unreadable between the listing and now: try again at the next listing
            handedOver.remove(file);
            stats.error("cannot read " + key + ": " + e);
            return;
        }
        String version = Fingerprints.sha256Hex(bytes);
        if (known.isKnown(id(), key, version)) {
            return;
        }
        stats.item();
        sink.accept(LiveItem.read(id(), key, version, key, file.toString(), bytes));
    }

    /** Every regular file under the root that is not ignored, registering new folders with the watcher. */
    private Map<Path, Seen> list() {
        Map<Path, Seen> found = new HashMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && ignored(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    watch(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !ignored(file)) {
                        found.put(file, new Seen(attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // deleted while listing, or not readable: nothing to hand over now
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            stats.error("cannot list " + root + ": " + e);
        }
        return found;
    }

    static boolean ignored(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".") || name.toLowerCase(Locale.ROOT).endsWith(".tmp");
    }

    private void watch(Path dir) {
        if (watched.add(dir)) {
            try {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException | ClosedWatchServiceException e) {
                // the periodic listing still finds its files
                stats.error("cannot watch " + dir + ": " + e);
            }
        }
    }

    /**
     * Waits for the watcher to report a change, or for the rescan interval; while a file is still settling, only
     * until the soonest one has been unchanged for {@code settle}, so a file is read soon after its writer stops
     * (not a whole {@code settle} after the last listing, which another file's arrival may have caused).
     */
    @Override
    public void awaitChange() throws InterruptedException {
        Duration wait = unsettled ? untilSettled(settlesAtMillis, clock.millis(), settle) : rescan;
        try {
            WatchKey key = watcher.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                key.pollEvents();
                if (!key.reset()) {
                    watched.remove((Path) key.watchable());
                }
                key = watcher.poll();
            }
        } catch (ClosedWatchServiceException e) {
            Thread.sleep(wait.toMillis());
        }
    }

    /**
     * How long to wait before listing again for a file that settles at {@code settlesAtMillis}: at least
     * {@link #MIN_RELIST} (it must be seen unchanged once more), at most {@code settle} (a modification time in
     * the future, from another machine's clock, must not stall the folder).
     */
    static Duration untilSettled(long settlesAtMillis, long nowMillis, Duration settle) {
        long wait = Math.max(MIN_RELIST.toMillis(), Math.min(settle.toMillis(), settlesAtMillis - nowMillis));
        return Duration.ofMillis(wait);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing a watcher only releases its handles
        }
    }
}
