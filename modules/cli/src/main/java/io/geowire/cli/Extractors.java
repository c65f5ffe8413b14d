package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import java.nio.file.Path;

/** The extractor the options ask for: extra data files or not, learned sentence stage or rules only. */
final class Extractors {
    private Extractors() {
    }

    static EventExtractor of(Path extraData, boolean rulesOnly) {
        return EventExtractor.create(extraData, !rulesOnly);
    }
}
