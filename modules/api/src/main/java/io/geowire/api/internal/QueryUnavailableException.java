package io.geowire.api.internal;

/** No instance could answer (neither the active one nor a standby): HTTP 503, so clients retry. */
public final class QueryUnavailableException extends RuntimeException {

    public QueryUnavailableException(String message) {
        super(message);
    }

    public QueryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
