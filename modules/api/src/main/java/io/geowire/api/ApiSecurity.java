package io.geowire.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Who may call the API and how it is reached.
 *
 * @param bearerToken      the token every request except {@code /health} and the dashboard's static files must
 *                         send as {@code Authorization: Bearer ...}; null = no authentication, which
 *                         {@link ApiOptions#requireProtected()} allows on loopback only
 * @param keystore         PKCS12 or JKS keystore holding the server's key and certificate; null = plain HTTP
 * @param keystorePassword the keystore's password (also used for the key); required with a keystore
 * @param corsOrigins      origins whose browser pages may call the API from another site; empty = no CORS headers
 */
public record ApiSecurity(String bearerToken, Path keystore, String keystorePassword, List<String> corsOrigins) {

    /** Shorter tokens are refused: a token is the only thing between the network and the state. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ApiSecurity {
        corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
        if (bearerToken != null && bearerToken.strip().length() < MIN_TOKEN_LENGTH) {
            throw new UnprotectedApiException("the API token is shorter than " + MIN_TOKEN_LENGTH
                    + " characters; use a long random one, e.g. `openssl rand -hex 32`");
        }
        if (keystore != null && keystorePassword == null) {
            throw new UnprotectedApiException("the API keystore " + keystore + " needs a password "
                    + "(--api-keystore-password-file or GEOWIRE_API_KEYSTORE_PASSWORD)");
        }
        bearerToken = bearerToken == null ? null : bearerToken.strip();
    }

    /** No token, plain HTTP, no CORS: what the loopback default needs. */
    public static ApiSecurity none() {
        return new ApiSecurity(null, null, null, List.of());
    }

    public ApiSecurity withBearerToken(String token) {
        return new ApiSecurity(token, keystore, keystorePassword, corsOrigins);
    }

    public ApiSecurity withKeystore(Path path, String password) {
        return new ApiSecurity(bearerToken, path, password, corsOrigins);
    }

    public ApiSecurity withCorsOrigins(List<String> origins) {
        return new ApiSecurity(bearerToken, keystore, keystorePassword, origins);
    }

    public boolean requiresToken() {
        return bearerToken != null;
    }

    public boolean https() {
        return keystore != null;
    }

    /** {@code https} or {@code http}, for URLs to this API. */
    public String scheme() {
        return https() ? "https" : "http";
    }

    // the token and password must never reach a log line through a record's generated toString
    @Override
    public String toString() {
        return "ApiSecurity[token=" + (requiresToken() ? "set" : "none") + ", keystore=" + keystore
                + ", corsOrigins=" + corsOrigins + "]";
    }
}
