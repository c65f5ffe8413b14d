package io.geowire.ingest.internal;

/**
 * A failure of the consumer ingestion hands its articles to (extraction, a Kafka producer), carried through
 * the reading code unchanged. Reading code catches problems with the input and turns them into dead letters;
 * a failing consumer is not a problem with the input and must not be relabelled as one.
 */
public final class SinkFailure extends RuntimeException {

    public SinkFailure(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }

    /** The consumer's own exception, to be rethrown to the caller of the ingestion. */
    public RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
