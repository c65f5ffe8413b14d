package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.geowire.api.ApiSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiSecurityOptionsTest {

    private static final String FILE_TOKEN = "token-from-the-file-0123456789";
    private static final String ENV_TOKEN = "token-from-the-environment-0123";

    @TempDir
    Path dir;

    @Test
    void shouldExitRefusedWhenApiIsBoundBeyondLoopbackWithoutToken() {
        assumeThat(System.getenv(ApiSecurityOptions.TOKEN_ENV)).as("no token in this environment").isNull();

        // refused before any broker is contacted: the bootstrap address is never reached
        CliRunner result = CliRunner.run("stream", "--bootstrap", "127.0.0.1:1", "--host", "0.0.0.0", "--port", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("refusing to serve the API on 0.0.0.0 without a token")
                .contains("--api-token-file").contains(ApiSecurityOptions.TOKEN_ENV);
    }

    @Test
    void shouldExitRefusedWhenTokenFileCannotBeRead() {
        CliRunner result = CliRunner.run("stream", "--bootstrap", "127.0.0.1:1", "--host", "0.0.0.0",
                "--api-token-file", dir.resolve("missing").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("cannot read the API token file");
    }

    @Test
    void shouldPreferTokenFileWhenBothFileAndEnvironmentGiveOne() throws IOException {
        ApiSecurityOptions options = new ApiSecurityOptions();
        options.tokenFile = Files.writeString(dir.resolve("token"), FILE_TOKEN + "\n");

        ApiSecurity security = options.security(Map.of(ApiSecurityOptions.TOKEN_ENV, ENV_TOKEN));

        assertThat(security.bearerToken()).isEqualTo(FILE_TOKEN);
    }

    @Test
    void shouldUseEnvironmentTokenWhenNoFileIsGiven() {
        ApiSecurity security = new ApiSecurityOptions().security(Map.of(ApiSecurityOptions.TOKEN_ENV, ENV_TOKEN));

        assertThat(security.bearerToken()).isEqualTo(ENV_TOKEN);
        assertThat(security.toString()).doesNotContain(ENV_TOKEN);
    }

    @Test
    void shouldNeedNoTokenWhenNoneIsGiven() {
        ApiSecurity security = new ApiSecurityOptions().security(Map.of());

        assertThat(security.requiresToken()).isFalse();
        assertThat(security.corsOrigins()).isEmpty();
    }
}
