package io.geowire.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code run} and {@code replay} keep broker data and Streams state when not told: a per-user folder that
 * survives the process, so stopping and starting keeps what was built. {@code --ephemeral} asks for temp folders.
 */
final class DataDirs {

    static final String XDG_DATA_HOME = "XDG_DATA_HOME";

    private DataDirs() {
    }

    /** {@code $XDG_DATA_HOME/geowire}, else {@code <home>/.local/share/geowire} (the XDG base directory default). */
    static Path perUser(Map<String, String> env, Path home) {
        String xdg = env.get(XDG_DATA_HOME);
        // the XDG specification ignores a relative value
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("geowire");
    }

    /**
     * The data dir to use: the one given, none (temp folders) when ephemeral, else the per-user one.
     *
     * @throws IllegalArgumentException when both a data dir and ephemeral are asked for
     */
    static Optional<Path> choose(Path given, boolean ephemeral, Map<String, String> env, Path home) {
        if (given != null && ephemeral) {
            throw new IllegalArgumentException("--data-dir and --ephemeral contradict each other: give one");
        }
        if (ephemeral) {
            return Optional.empty();
        }
        return Optional.of(given != null ? given : perUser(env, home));
    }

    /**
     * {@code run}'s choice: as {@link #choose(Path, boolean, Map, Path)}, except that {@code --once} without a
     * data dir is ephemeral. Its check compares the state with what this run produced, so it needs a fresh state;
     * on the kept one a second {@code run --once} could never balance.
     */
    static Optional<Path> forRun(Path given, boolean ephemeral, boolean once, Map<String, String> env, Path home) {
        return choose(given, ephemeral || once && given == null, env, home);
    }

    /** As {@link #choose(Path, boolean, Map, Path)} for this process's environment and user. */
    static Optional<Path> choose(Path given, boolean ephemeral) {
        return choose(given, ephemeral, System.getenv(), home());
    }

    /** As {@link #forRun(Path, boolean, boolean, Map, Path)} for this process's environment and user. */
    static Optional<Path> forRun(Path given, boolean ephemeral, boolean once) {
        return forRun(given, ephemeral, once, System.getenv(), home());
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
