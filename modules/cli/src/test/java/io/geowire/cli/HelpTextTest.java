package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every help text reads as whole sentences in an 80-column terminal. */
class HelpTextTest {

    private static final int COLUMNS = 80;

    @Test
    void shouldGiveEveryVerbAOneSentenceHeaderWhenListed() {
        for (CommandLine verb : verbs(Main.newCommandLine())) {
            String[] header = verb.getCommandSpec().usageMessage().header();
            assertThat(header).as(name(verb) + " header").hasSize(1);
            assertThat(header[0]).as(name(verb) + " header").endsWith(".").doesNotContain("\n");
            // the commands list indents the summary past the longest verb name
            assertThat(header[0].length()).as(name(verb) + " header fits one listing line").isLessThanOrEqualTo(60);
        }
    }

    @Test
    void shouldListEachVerbAsAWholeSentenceWhenRootHelpIsPrinted() {
        String help = usage(Main.newCommandLine());
        for (CommandLine verb : Main.newCommandLine().getSubcommands().values()) {
            String header = verb.getCommandSpec().usageMessage().header()[0];
            assertThat(help).as("root help lists " + name(verb)).contains(header);
        }
        assertLinesFit(help, "geowire --help");
    }

    @Test
    void shouldWrapEveryVerbsHelpWithinEightyColumnsAndEndParagraphsWithAFullStop() {
        for (CommandLine verb : verbs(Main.newCommandLine())) {
            String help = usage(verb);
            assertLinesFit(help, name(verb) + " --help");
            for (String paragraph : verb.getCommandSpec().usageMessage().description()) {
                assertThat(paragraph).as(name(verb) + " description").endsWith(".");
            }
        }
    }

    private static void assertLinesFit(String help, String what) {
        for (String line : help.split("\n")) {
            assertThat(line.length()).as(what + ": " + line).isLessThanOrEqualTo(COLUMNS);
        }
    }

    private static String usage(CommandLine cmd) {
        cmd.setUsageHelpWidth(COLUMNS);
        cmd.setUsageHelpAutoWidth(false);
        StringWriter out = new StringWriter();
        cmd.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        return out.toString();
    }

    private static List<CommandLine> verbs(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            all.add(sub);
            all.addAll(verbs(sub));
        }
        return all;
    }

    private static String name(CommandLine cmd) {
        CommandSpec spec = cmd.getCommandSpec();
        return spec.qualifiedName(" ");
    }
}
