package io.geowire.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchedFolderTest {

    private static final Duration SETTLE = Duration.ofMillis(200);

    @TempDir
    Path dir;
    private WatchedFolder folder;
    private final List<LiveItem> items = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        folder = new WatchedFolder(dir, SETTLE, Duration.ofMillis(300), 1_000_000, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        folder.close();
    }

    @Test
    void shouldNotReadFileWhileItIsStillBeingWritten() throws Exception {
        Path file = dir.resolve("sub/a.txt");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 5; i++) {
                out.write(("part " + i + " ").getBytes(StandardCharsets.UTF_8));
                out.flush();
                pollFor(Duration.ofMillis(120));
            }
            assertThat(items).isEmpty();
            out.write("end".getBytes(StandardCharsets.UTF_8));
        }

        pollFor(Duration.ofMillis(1500));

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.itemKey()).isEqualTo("sub/a.txt");
            assertThat(new String(i.bytes(), StandardCharsets.UTF_8)).endsWith("part 4 end");
        });
    }

    @Test
    void shouldIgnoreTmpAndDotFilesWhenListing() throws Exception {
        Files.writeString(dir.resolve("a.txt.tmp"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");

        pollFor(Duration.ofMillis(800));

        assertThat(items).isEmpty();
    }

    @Test
    void shouldYieldNewVersionWhenFileIsReplacedAndNothingWhenDeleted() throws Exception {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, "first");
        pollFor(Duration.ofMillis(800));
        Files.writeString(dir.resolve("b.txt.tmp"), "second");
        Files.move(dir.resolve("b.txt.tmp"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        pollFor(Duration.ofMillis(800));
        Files.delete(file);
        pollFor(Duration.ofMillis(500));

        assertThat(items).extracting(LiveItem::itemKey).containsExactly("b.txt", "b.txt");
        assertThat(items.get(0).version()).isNotEqualTo(items.get(1).version());
        assertThat(folder.stats().snapshot().items()).isEqualTo(2);
    }

    @Test
    void shouldSkipFileWhenItsVersionIsKnown() throws Exception {
        Files.writeString(dir.resolve("c.txt"), "known");

        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofMillis(800).toNanos()) {
            folder.poll((src, key, version) -> true, items::add);
            folder.awaitChange();
        }

        assertThat(items).isEmpty();
    }

    @Test
    void shouldListAgainWhenTheSoonestFileSettlesRatherThanAWholeSettleLater() {
        long now = 10_000;
        // written 150 ms ago: readable 50 ms from now, not 200
        assertThat(WatchedFolder.untilSettled(now - 150 + 200, now, SETTLE)).isEqualTo(Duration.ofMillis(50));
        // unchanged for longer than settle already (renamed in long after it was written): seen once more, soon
        assertThat(WatchedFolder.untilSettled(now - 5_000 + 200, now, SETTLE)).isEqualTo(WatchedFolder.MIN_RELIST);
        // a modification time in the future: no longer than settle
        assertThat(WatchedFolder.untilSettled(now + 60_000, now, SETTLE)).isEqualTo(SETTLE);
    }

    private void pollFor(Duration time) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            folder.poll(KnownVersions.NONE, items::add);
            folder.awaitChange();
        }
    }
}
