package io.geowire.api.internal;

/** The request carries no valid bearer token: answered 401 with a {@code WWW-Authenticate} challenge. */
final class UnauthorizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnauthorizedException(String message) {
        super(message, null, false, false);
    }
}
