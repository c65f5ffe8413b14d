package io.geowire.extract;

import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Extracts stance, route-disruption and sanction-statement events from article text with rules and gazetteers kept
 * in data files (see docs/extraction.md). Instances are immutable after construction and safe to share between
 * threads.
 */
public final class EventExtractor {
    /** Written into every event's {@code extractorVersion}. */
    public static final String VERSION = "geowire-extract/1.0";

    private final Engine engine;

    private EventExtractor(Path overlayDir) {
        this.engine = new Engine(new DataFiles(overlayDir), VERSION);
    }

    /** An extractor with the bundled data files only. */
    public static EventExtractor createDefault() {
        return new EventExtractor(null);
    }

    /**
     * An extractor with the bundled data files plus the files of the same names in {@code extraDataDir}
     * (e.g. actors.tsv, people.tsv, routes.tsv, rules.tsv, spinner.tsv), whose lines are added to the bundled ones.
     */
    public static EventExtractor create(Path extraDataDir) {
        Objects.requireNonNull(extraDataDir, "extraDataDir");
        if (!Files.isDirectory(extraDataDir)) {
            throw new IllegalArgumentException("not a directory: " + extraDataDir);
        }
        return new EventExtractor(extraDataDir);
    }

    /** The events of one article, each distinct event once, in text order of discovery. */
    public List<ExtractedEvent> extract(ArticleInput input) {
        Objects.requireNonNull(input, "input");
        return engine.extract(input);
    }
}
