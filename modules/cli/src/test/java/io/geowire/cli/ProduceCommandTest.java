package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class ProduceCommandTest {

    @Test
    void shouldTakeTheCorpusAsAnOptionWhenGivenLikeRunAndReplay() {
        ProduceCommand produce = parse("produce", "--bootstrap", "localhost:9092", "--corpus", "a", "--corpus", "b");

        assertThat(produce.paths()).containsExactly("a", "b");
    }

    @Test
    void shouldStillTakePositionalPathsWhenScriptsGiveThem() {
        ProduceCommand produce = parse("produce", "--bootstrap", "localhost:9092", "a", "b");

        assertThat(produce.paths()).containsExactly("a", "b");
    }

    @Test
    void shouldProduceBothWhenCorpusAndPositionalPathsAreMixed() {
        ProduceCommand produce = parse("produce", "--bootstrap", "localhost:9092", "--corpus", "a", "b");

        assertThat(produce.paths()).containsExactly("a", "b");
    }

    @Test
    void shouldRefuseWhenNoCorpusIsGiven() {
        ProduceCommand produce = parse("produce", "--bootstrap", "localhost:9092");

        assertThatThrownBy(produce::paths).isInstanceOf(ParameterException.class).hasMessageContaining("--corpus");
    }

    @Test
    void shouldExitWithUsageErrorBeforeContactingKafkaWhenNoCorpusIsGiven() {
        // nothing listens on port 1: reaching Kafka would hang or fail with another code
        CliRunner result = CliRunner.run("produce", "--bootstrap", "localhost:1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--corpus");
    }

    private static ProduceCommand parse(String... args) {
        return (ProduceCommand) Main.newCommandLine().parseArgs(args).subcommand().commandSpec().userObject();
    }
}
