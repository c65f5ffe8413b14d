package io.geowire.extract.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The module's own annotated article sets on the test classpath: "devset" (tuning), "holdout" and "holdout2" (never tuned on). */
final class OwnCorpora {
    static final String DEV = "devset";
    static final String HOLDOUT = "holdout";
    static final String HOLDOUT2 = "holdout2";
    /** The learned stage's splits: train (fits the model), dev (tunes thresholds), test (measured once, never tuned on). */
    static final String TRAIN = "corpora/train";
    static final String SPLIT_DEV = "corpora/dev";
    static final String TEST = "corpora/test";

    private OwnCorpora() {
    }

    static Path corpus(String set) {
        return dir(set).resolve("corpus");
    }

    static Path gold(String set) {
        return dir(set).resolve("gold");
    }

    /** A split's blind second annotation, by another annotator, kept apart from the split (corpora/agreement). */
    static Path secondAnnotation(String split) {
        return dir("corpora/agreement").resolve(Path.of(split).getFileName() + "-second");
    }

    private static Path dir(String set) {
        URL url = OwnCorpora.class.getResource("/" + set);
        if (url == null) {
            throw new IllegalStateException("test resource folder /" + set + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
