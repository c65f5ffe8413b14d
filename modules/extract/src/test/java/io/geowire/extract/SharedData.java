package io.geowire.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (corpus and gold annotations) for tests; null when absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        String prop = System.getProperty("geowire.shared.dir");
        Path p = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../../shared");
        return Files.isDirectory(p.resolve("corpus")) && Files.isDirectory(p.resolve("gold")) ? p : null;
    }
}
