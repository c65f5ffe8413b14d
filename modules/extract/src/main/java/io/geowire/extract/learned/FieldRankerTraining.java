package io.geowire.extract.learned;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.internal.FieldTraining;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Fits the actor/target ranker the learned stage fills key fields with, from the gold of the train article sources
 * listed in a training-sources file. The analysis is the rules' (no encoder needed), so this runs in seconds.
 */
public final class FieldRankerTraining {

    /** The ranker's weights as the {@code fields.tsv} data file, how many cases fitted them, and gold events not found. */
    public record Result(String weightsTsv, int cases, int unlocated) {
    }

    private FieldRankerTraining() {
    }

    public static Result fit(Path root, Path sourcesFile, Function<Path, ArticleInput> reader) {
        FieldTraining fields = new FieldTraining(new Engine(new DataFiles(null), EventExtractor.VERSION));
        String weights = fields.fitFromSources(root, sourcesFile, reader);
        return new Result(weights, fields.cases(), fields.unlocated());
    }
}
