package io.geowire.extract.learned;

/**
 * The name and vector length every {@link SentenceEncoder} reports, fixed when it is made: an encoder only says how
 * it turns sentences into vectors. A wrapper around another encoder passes on that encoder's name and length.
 */
abstract class NamedEncoder implements SentenceEncoder {
    private final String name;
    private final int dimension;

    NamedEncoder(String name, int dimension) {
        this.name = name;
        this.dimension = dimension;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int dimension() {
        return dimension;
    }
}
