package io.geowire.extract.eval;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.EventJson;
import io.geowire.extract.ExtractedEvent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the events of a corpus folder as JSON lines (the `extract` output format), e.g. to cross-check the
 * {@link Evaluator} with shared/eval/score.py. Usage: PredictionsDump CORPUS_DIR OUT.jsonl [GOLD_DIR]
 */
public final class PredictionsDump {
    private PredictionsDump() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<ExtractedEvent>> events = Evaluator.extractCorpus(Path.of(args[0]), EventExtractor.createDefault());
        try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
            events.values().forEach(list -> list.forEach(e -> out.println(EventJson.toJsonLine(e))));
        }
        if (args.length > 2) {
            System.out.println(new Evaluator().evaluate(Path.of(args[2]), events).format());
        }
    }
}
