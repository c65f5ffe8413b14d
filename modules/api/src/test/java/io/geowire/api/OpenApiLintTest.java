package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs Redocly's linter with the recommended rules (minus those redocly.yaml turns off, each justified in
 * docs/api.md) over the OpenAPI document. Needs {@code redocly} on PATH: .ci/run installs it from npm; elsewhere
 * the test is skipped.
 */
class OpenApiLintTest {

    private static final Path DOCUMENT = Path.of("src/main/resources/geowire/openapi.json");

    @Test
    void shouldPassRedoclyRecommendedRulesWhenLinted() throws IOException, InterruptedException {
        assumeThat(onPath("redocly")).as("redocly on PATH (npm install -g @redocly/cli)").isTrue();

        ProcessBuilder command = new ProcessBuilder("redocly", "lint", "--config", "redocly.yaml",
                DOCUMENT.toString()).redirectErrorStream(true);
        // the linter must not phone home from a test run
        command.environment().put("REDOCLY_TELEMETRY", "off");
        command.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process lint = command.start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).contains("Woohoo! Your API description is valid.");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
