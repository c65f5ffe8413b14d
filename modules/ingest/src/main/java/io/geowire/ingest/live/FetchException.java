package io.geowire.ingest.live;

/** A fetch that gave no usable answer; the message is the reason, fit for a dead letter or a source's last error. */
public final class FetchException extends Exception {

    private final int status;

    public FetchException(String reason) {
        this(reason, 0);
    }

    public FetchException(String reason, int status) {
        super(reason);
        this.status = status;
    }

    /** The HTTP status that caused it, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
