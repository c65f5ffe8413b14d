package io.geowire.extract.learned;

import java.util.List;

/** Turns sentences into fixed-length vectors; implementations are thread-safe and work offline. */
public interface SentenceEncoder {
    /** Name written into model files, so a model is never applied to vectors of another encoder. */
    String name();

    int dimension();

    /** One vector per sentence, in order. */
    float[][] encode(List<String> sentences);
}
