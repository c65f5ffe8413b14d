package io.geowire.api;

/**
 * The API would be reachable by others without protection (or its protection is misconfigured), so it refuses
 * to start. The message says what to give.
 */
public final class UnprotectedApiException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnprotectedApiException(String message) {
        super(message);
    }
}
