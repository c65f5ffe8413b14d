package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.live.LiveSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveSourceOptionsTest {

    @TempDir
    Path dir;

    @Test
    void shouldWatchTheFolderWhenASettleTimeIsGiven() {
        LiveSourceOptions options = watching("2s");

        List<LiveSource> sources = options.sources(IngestOptions.defaults(), Clock.systemUTC());

        assertThat(sources).extracting(LiveSource::kind).containsExactly("watch");
        sources.forEach(LiveSource::close);
    }

    @Test
    void shouldRefuseASettleTimeWhenItIsNegativeOrNotADuration() {
        assertThatThrownBy(() -> watching("-1s").sources(IngestOptions.defaults(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--watch-settle");
        assertThatThrownBy(() -> watching("soon").sources(IngestOptions.defaults(), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
    }

    private LiveSourceOptions watching(String settle) {
        LiveSourceOptions options = new LiveSourceOptions();
        options.watch = List.of(dir);
        options.watchSettle = settle;
        return options;
    }
}
