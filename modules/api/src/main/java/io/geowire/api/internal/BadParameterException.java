package io.geowire.api.internal;

/** A request parameter is missing or malformed: answered with 400 and the parameter's name. */
final class BadParameterException extends RuntimeException {

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
