package io.geowire.cli;

import io.geowire.api.ApiSecurity;
import io.geowire.api.UnprotectedApiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How the API is protected: a bearer token, HTTPS, CORS. Secrets come from files or environment variables, never
 * from the command line (which every user of the machine can read in the process list).
 */
final class ApiSecurityOptions {

    static final String TOKEN_ENV = "GEOWIRE_API_TOKEN";
    static final String KEYSTORE_PASSWORD_ENV = "GEOWIRE_API_KEYSTORE_PASSWORD";

    @Option(names = "--api-token-file", description = "File holding the bearer token the API requires "
            + "(or set " + TOKEN_ENV + "); needed when --host is not a loopback address")
    Path tokenFile;

    @Option(names = "--api-keystore", description = "Serve the API over HTTPS with this PKCS12/JKS keystore")
    Path keystore;

    @Option(names = "--api-keystore-password-file",
            description = "File holding the keystore password (or set " + KEYSTORE_PASSWORD_ENV + ")")
    Path keystorePasswordFile;

    @Option(names = "--api-cors-origin", description = "Let browser pages of this origin call the API, "
            + "e.g. https://desk.example.org (repeatable; default: no CORS)")
    List<String> corsOrigins;

    /** The settings these options and {@code env} describe; a file wins over its environment variable. */
    ApiSecurity security(Map<String, String> env) {
        String token = secret(tokenFile, env.get(TOKEN_ENV), "API token");
        ApiSecurity security = ApiSecurity.none()
                .withBearerToken(token)
                .withCorsOrigins(corsOrigins == null ? List.of() : corsOrigins);
        if (keystore == null) {
            return security;
        }
        return security.withKeystore(keystore,
                secret(keystorePasswordFile, env.get(KEYSTORE_PASSWORD_ENV), "API keystore password"));
    }

    private static String secret(Path file, String fromEnv, String what) {
        if (file == null) {
            return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
        }
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new UnprotectedApiException("the " + what + " file " + file + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new UnprotectedApiException("cannot read the " + what + " file " + file + ": " + e.getMessage());
        }
    }
}
