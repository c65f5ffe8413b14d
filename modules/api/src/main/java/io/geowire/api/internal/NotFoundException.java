package io.geowire.api.internal;

/** A well-formed id the state knows nothing about: answered with 404. */
final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
