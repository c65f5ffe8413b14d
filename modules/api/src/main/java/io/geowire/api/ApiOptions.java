package io.geowire.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Where the HTTP server listens and how it is protected.
 *
 * @param bindAddress interface to bind; defaults to loopback, where the API may run without a token; any other
 *                    address (e.g. {@code 0.0.0.0} inside a container) needs {@link ApiSecurity#bearerToken()}
 * @param port        TCP port; 0 picks a free port (see {@link ApiServer#port()})
 * @param security    token, HTTPS and CORS settings
 */
public record ApiOptions(String bindAddress, int port, ApiSecurity security) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public ApiOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(security, "security");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
    }

    /** Without token, HTTPS or CORS. */
    public ApiOptions(String bindAddress, int port) {
        this(bindAddress, port, ApiSecurity.none());
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
        return new ApiOptions(address, port, security);
    }

    public ApiOptions withSecurity(ApiSecurity value) {
        return new ApiOptions(bindAddress, port, value);
    }

    /**
     * Throws {@link UnprotectedApiException} when the API would answer other machines without a token: bound to
     * anything but a loopback address (a wildcard, a host name, an unresolvable name) and no token given.
     */
    public ApiOptions requireProtected() {
        if (!security.requiresToken() && !loopback(bindAddress)) {
            throw new UnprotectedApiException("refusing to serve the API on " + bindAddress
                    + " without a token: anyone who reaches that address could read the state. Give "
                    + "--api-token-file FILE or set GEOWIRE_API_TOKEN, or bind to 127.0.0.1");
        }
        return this;
    }

    private static boolean loopback(String address) {
        try {
            InetAddress resolved = InetAddress.getByName(address.replace("[", "").replace("]", ""));
            return resolved.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
