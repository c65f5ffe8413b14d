package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {

    private static final Path HOME = Path.of("/home/someone");

    @Test
    void shouldUseXdgDataHomeWhenItIsSet() {
        assertThat(DataDirs.choose(null, false, Map.of(DataDirs.XDG_DATA_HOME, "/srv/data"), HOME))
                .contains(Path.of("/srv/data/geowire"));
    }

    @Test
    void shouldUseLocalShareUnderHomeWhenXdgDataHomeIsUnsetOrRelative() {
        assertThat(DataDirs.choose(null, false, Map.of(), HOME)).contains(Path.of("/home/someone/.local/share/geowire"));
        assertThat(DataDirs.choose(null, false, Map.of(DataDirs.XDG_DATA_HOME, "relative"), HOME))
                .contains(Path.of("/home/someone/.local/share/geowire"));
    }

    @Test
    void shouldUseGivenDirWhenOneIsGiven() {
        assertThat(DataDirs.choose(Path.of("/tmp/x"), false, Map.of(DataDirs.XDG_DATA_HOME, "/srv/data"), HOME))
                .contains(Path.of("/tmp/x"));
    }

    @Test
    void shouldUseNoDirWhenEphemeral() {
        assertThat(DataDirs.choose(null, true, Map.of(), HOME)).isEmpty();
    }

    @Test
    void shouldUseNoDirWhenRunOnceHasNoDataDir() {
        assertThat(DataDirs.forRun(null, false, true, Map.of(), HOME)).isEmpty();
        assertThat(DataDirs.forRun(Path.of("/tmp/x"), false, true, Map.of(), HOME)).contains(Path.of("/tmp/x"));
        assertThat(DataDirs.forRun(null, false, false, Map.of(), HOME))
                .contains(Path.of("/home/someone/.local/share/geowire"));
    }

    @Test
    void shouldRefuseWhenBothDataDirAndEphemeralAreGiven() {
        assertThatThrownBy(() -> DataDirs.choose(Path.of("/tmp/x"), true, Map.of(), HOME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--ephemeral");
    }

    @Test
    void shouldExitWithUsageErrorWhenRunGetsBothDataDirAndEphemeral() {
        CliRunner result = CliRunner.run("run", "--once", "--ephemeral", "--data-dir", "/tmp/never-used");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("contradict");
    }
}
