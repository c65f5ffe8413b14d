package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.geowire.model.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The compose file cannot be started here (no Docker engine), so its contract with the code is checked instead. */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("../../docker/compose.yml");

    @Test
    void shouldParseAndDefineThreeKraftBrokersAndTheApplication() throws IOException {
        JsonNode services = compose().get("services");

        assertThat(services.has("kafka-1")).isTrue();
        assertThat(services.has("kafka-2")).isTrue();
        assertThat(services.has("kafka-3")).isTrue();
        assertThat(services.get("geowire").get("command").toString())
                .contains("--bootstrap").contains("kafka-1:9092").contains("kafka-3:9092");
        assertThat(services.get("geowire").get("build").get("dockerfile").asText()).isEqualTo("docker/Dockerfile");
        assertThat(Files.exists(COMPOSE.resolveSibling("Dockerfile"))).isTrue();
    }

    @Test
    void shouldCreateExactlyTheTopicsTheCodeUses() throws IOException {
        String script = compose().get("services").get("topics").get("command").get(0).asText();
        Matcher loop = Pattern.compile("for t in ([a-z\\- ]+); do").matcher(script);

        assertThat(loop.find()).as("topic loop in %s", script).isTrue();
        List<String> names = new ArrayList<>(List.of(loop.group(1).trim().split("\\s+")));
        assertThat(names).containsExactlyElementsOf(Topics.ALL);
    }

    @Test
    void shouldGiveTheApplicationItsTokenWhenItListensOnAllInterfaces() throws IOException {
        JsonNode geowire = compose().get("services").get("geowire");

        assertThat(geowire.get("command").toString()).contains("0.0.0.0").contains("--api-token-file");
        assertThat(compose().get("secrets").has("api-token")).isTrue();
    }

    @Test
    void shouldBuildSlimNonRootImageWithHealthCheckWhenDockerfileIsRead() throws IOException {
        String dockerfile = Files.readString(COMPOSE.resolveSibling("Dockerfile"));

        assertThat(Pattern.compile("^FROM ", Pattern.MULTILINE).matcher(dockerfile).results().count())
                .as("multi-stage").isEqualTo(2);
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:17-jre$")
                .containsPattern("(?m)^USER geowire$")
                .containsPattern("(?m)^HEALTHCHECK .*")
                .contains("/health")
                .doesNotContain(".m2/repository /root");
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
    }
}
