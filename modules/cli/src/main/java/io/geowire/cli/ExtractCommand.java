package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.ingest.IngestSummary;
import io.geowire.producer.SourceOffsets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Print the events found in files or folders.",
        description = "Prints the events of the given files or folders, one JSON object per line, without Kafka.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (one JSON object per event) or text")
    Format format;

    @Option(names = "--data", description = "Folder of extra gazetteer/lexicon files that extend the bundled ones")
    Path data;

    @Mixin
    IngestLimitsOptions limits;

    @Option(names = "--rules-only", description = "Rules and gazetteers alone, without the learned sentence stage")
    boolean rulesOnly;

    @Option(names = "--min-confidence", defaultValue = "0",
            description = "Print only events whose calibrated confidence is at least this (0..1)")
    double minConfidence;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursively); - for stdin")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minConfidence < 0 || minConfidence > 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--min-confidence must be between 0 and 1");
        }
        EventExtractor extractor = Extractors.of(data, rulesOnly);
        IngestSummary summary;
        try {
            summary = new ExtractionRun(extractor, limits.options()).run(paths, err, (article, events) -> {
                SourceOffsets offsets = new SourceOffsets(article.segments());
                events.stream().filter(e -> e.confidence() >= minConfidence)
                        .forEach(e -> out.println(format == Format.jsonl
                                ? Json.line(EventJson.toMap(e, offsets)) : EventJson.toText(e)));
            });
        } finally {
            out.flush();
        }
        // "no events" and "nothing readable" must look different to a script
        if (summary.ok() + summary.duplicates() == 0) {
            err.println("geowire extract: no readable article among " + summary.inputs() + " inputs");
            return ExitCodes.NO_INPUT;
        }
        return ExitCodes.OK;
    }
}
