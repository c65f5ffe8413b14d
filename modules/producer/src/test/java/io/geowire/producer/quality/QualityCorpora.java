package io.geowire.producer.quality;

import io.geowire.ingest.IngestedArticle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The annotated article sets the extraction quality guards read: the seeds in ../shared and the extract module's
 * own sets (its test resources, read in place so that there is one copy of each article and gold file).
 */
final class QualityCorpora {
    static final String DEV = "devset";
    static final String HOLDOUT = "holdout";
    static final String HOLDOUT2 = "holdout2";

    /** Tests run with the module folder as working directory. */
    private static final Path EXTRACT_RESOURCES = Path.of("../extract/src/test/resources");

    private QualityCorpora() {
    }

    /** ../shared (corpus and gold), or null when it is absent. */
    static Path shared() {
        String prop = System.getProperty("geowire.shared.dir");
        Path p = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("../../../shared");
        return Files.isDirectory(p.resolve("corpus")) && Files.isDirectory(p.resolve("gold")) ? p : null;
    }

    /** An annotated article that ingestion rejects would silently lower the figure: fail instead. */
    static void failSkipped(IngestedArticle article) {
        throw new AssertionError("ingestion rejected annotated article " + article.article() + ": " + article.reason());
    }

    static Path corpus(String set) {
        return own(set).resolve("corpus");
    }

    static Path gold(String set) {
        return own(set).resolve("gold");
    }

    private static Path own(String set) {
        Path dir = EXTRACT_RESOURCES.resolve(set);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("annotated set " + dir.toAbsolutePath() + " is missing");
        }
        return dir;
    }
}
