package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import picocli.CommandLine.Option;

/**
 * Which extractor the verbs that produce events use (run, produce, replay, ingest): the rules with the learned
 * sentence stage by default, or the rules alone, which find fewer events but cost a fraction of the CPU
 * (docs/extraction.md) — for a small machine, or a test that is about delivery rather than extraction.
 */
final class ExtractorOptions {

    @Option(names = "--rules-only",
            description = "Extract with the rules alone, without the learned sentence stage: faster, finds fewer events")
    boolean rulesOnly;

    /** A new extractor of the kind asked for; each source that extracts on its own thread gets its own. */
    EventExtractor create() {
        return rulesOnly ? EventExtractor.createRulesOnly() : EventExtractor.createDefault();
    }

    /** The default, for callers with no options to read (tests, benchmarks). */
    static ExtractorOptions defaults() {
        return new ExtractorOptions();
    }
}
