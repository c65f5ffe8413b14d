package io.geowire.extract.learned;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.util.List;
import java.util.Map;

/**
 * One short article ("t.txt", no date) through the rules alone, or through the learned stage with a stub model
 * ({@link StubModels#saying}) on the bundled data: for tests that check which events and key fields a sentence gives.
 */
final class StubExtraction {
    private static final EventExtractor RULES = EventExtractor.createRulesOnly();

    private StubExtraction() {
    }

    /** Every event the learned stage gives when the model says {@code says} (type to label) with that modality. */
    static List<ExtractedEvent> learned(Map<String, String> says, String modality, String text) {
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION, StubModels.saying(says, modality),
                StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null));
    }

    /** The events of that type when the model says the type with that label, asserted. */
    static List<ExtractedEvent> learned(String type, String label, String text) {
        return ofType(type, learned(Map.of(type, label), "asserted", text));
    }

    /** The events of that type the rules alone give. */
    static List<ExtractedEvent> rules(String type, String text) {
        return ofType(type, RULES.extract(new ArticleInput("t.txt", text, null)));
    }

    private static List<ExtractedEvent> ofType(String type, List<ExtractedEvent> events) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }
}
