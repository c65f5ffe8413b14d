package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

class ExtractorOptionsTest {

    /** The verbs that produce events, with the options each needs to parse. */
    private static final List<String[]> PRODUCING_VERBS = List.of(
            new String[] {"run"},
            new String[] {"produce", "--bootstrap", "localhost:9092", "--corpus", "a"},
            new String[] {"replay"},
            new String[] {"ingest", "--bootstrap", "localhost:9092", "--from-topic", "raw-articles"});

    @Test
    void shouldUseTheLearnedStageWhenNotToldOtherwise() {
        for (String[] verb : PRODUCING_VERBS) {
            assertThat(extraction(verb).rulesOnly).as(verb[0]).isFalse();
        }
    }

    @Test
    void shouldExtractWithTheRulesAloneWhenEveryProducingVerbIsGivenRulesOnly() {
        for (String[] verb : PRODUCING_VERBS) {
            String[] args = Stream.concat(Arrays.stream(verb), Stream.of("--rules-only")).toArray(String[]::new);
            assertThat(extraction(args).rulesOnly).as(verb[0]).isTrue();
        }
    }

    private static ExtractorOptions extraction(String... args) {
        CommandSpec verb = Main.newCommandLine().parseArgs(args).subcommand().commandSpec();
        return (ExtractorOptions) verb.mixins().values().stream().map(CommandSpec::userObject)
                .filter(ExtractorOptions.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError(args[0] + " has no extractor options"));
    }
}
