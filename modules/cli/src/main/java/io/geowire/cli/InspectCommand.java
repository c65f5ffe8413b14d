package io.geowire.cli;

import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestSummary;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        header = "Show what ingestion makes of each input.",
        description = "Shows what ingestion makes of each input (text, metadata, duplicates, dead letters), "
            + "without Kafka.")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per article")
    boolean json;

    @Mixin
    IngestLimitsOptions limits;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursively); - for stdin")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestOptions options = limits.options();
        // progress goes to stderr, so stdout stays one record per line
        IngestSummary summary = new Ingestor(options).ingest(paths, article -> out.println(json
                ? Json.line(InspectView.toMap(article)) : describe(article)), Progress.onConsole());
        out.flush();
        Progress.summarise(summary, err);
        return summary.inputs() == summary.ok() + summary.duplicates() + summary.deadLetters()
                ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static String describe(IngestedArticle a) {
        String detail = switch (a.status()) {
            case OK -> a.title() + " | " + a.source() + " | " + a.published()
                    + (a.publishedEstimated() ? " (estimated)" : "") + " | " + a.language();
            case DUPLICATE -> "duplicate of " + a.duplicateOf();
            case DEAD_LETTER -> a.reason();
        };
        return a.article() + "  " + a.status().wireName() + "  " + detail;
    }
}
