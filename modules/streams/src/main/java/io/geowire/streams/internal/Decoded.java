package io.geowire.streams.internal;

/**
 * A record value as read from an input topic: either the decoded record or, for poison bytes, the
 * original bytes and why they could not be read. Lives only between the source and the next step.
 */
public record Decoded<T>(T value, byte[] bytes, String error) {

    public static <T> Decoded<T> ok(T value, byte[] bytes) {
        return new Decoded<>(value, bytes, null);
    }

    public static <T> Decoded<T> poison(byte[] bytes, String error) {
        return new Decoded<>(null, bytes, error);
    }

    public boolean isPoison() {
        return error != null;
    }
}
