package io.geowire.api;

import java.util.Objects;

/**
 * Where the HTTP server listens.
 *
 * @param bindAddress interface to bind; defaults to loopback because the API has no authentication and the
 *                    state it exposes should not reach the network unless the operator asks for it
 *                    (e.g. {@code 0.0.0.0} inside a container)
 * @param port        TCP port; 0 picks a free port (see {@link ApiServer#port()})
 */
public record ApiOptions(String bindAddress, int port) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ApiOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
    }

    /** Loopback on the default port 8080. */
    public static ApiOptions defaults() {
        return new ApiOptions(DEFAULT_BIND_ADDRESS, DEFAULT_PORT);
    }

    /** Loopback on the given port (0 = any free port). */
    public static ApiOptions onPort(int port) {
        return new ApiOptions(DEFAULT_BIND_ADDRESS, port);
    }

    public ApiOptions withBindAddress(String address) {
        return new ApiOptions(address, port);
    }
}
