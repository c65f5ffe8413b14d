package io.geowire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        header = "Write hostile news-like input for a soak run.",
        description = "Writes a folder of hostile news-like input for a soak run: articles mixed from corpus "
            + "sentences with past and future dates, year ranges, odd numbers and Unicode, duplicates, malformed HTML "
            + "and JSON, gzip files, a decompression bomb, empty and binary files. Then run: run --once --json "
            + "--corpus DIR.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "Folder to write (created; must be empty)")
    Path out;

    @Option(names = "--count", defaultValue = "500",
            description = "Inputs to write besides the bombs (a JSON Lines line is one input; default ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed and sources, same files (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--from", paramLabel = "DIR",
            description = "Also mix sentences of the .txt files under DIR (repeatable; the bundled sample corpus is always used)")
    List<Path> from;

    @Option(names = "--mix", paramLabel = "KIND=WEIGHT,...",
            description = "Change weights of input kinds (0 leaves a kind out). Kinds and defaults: text=40, large=4, "
                    + "one-line=4, exact-duplicate=5, spun-duplicate=5, html=8, malformed-html=6, deep-html=2, "
                    + "jsonl=12, gzip=6, empty=3, binary=3, encoding=2")
    String mix;

    @Option(names = "--bombs", defaultValue = "1", description = "Gzip decompression bombs to add (default ${DEFAULT-VALUE})")
    int bombs;

    @Option(names = "--bomb-mb", defaultValue = "300",
            description = "What each bomb inflates to, in 1 MB JSON lines (default ${DEFAULT-VALUE})")
    int bombMegabytes;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0 || bombs < 0 || bombMegabytes < 1) {
            err.println("geowire generate: --count and --bombs must be 0 or more, --bomb-mb 1 or more");
            return ExitCodes.FAILURE;
        }
        List<Path> sources = new ArrayList<>();
        sources.add(SampleCorpus.extract());
        if (from != null) {
            sources.addAll(from);
        }
        List<String> sentences;
        SoakCorpusGenerator.Report report;
        try {
            sentences = SoakSentences.from(sources);
            var settings = new SoakCorpusGenerator.Settings(count, seed, SoakCorpusGenerator.Settings.weights(mix),
                    bombs, bombMegabytes);
            report = new SoakCorpusGenerator(sentences, settings).write(out);
        } catch (IllegalArgumentException e) {
            err.println("geowire generate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        print(report, sentences.size(), sources.size(), stdout);
        return ExitCodes.OK;
    }

    private void print(SoakCorpusGenerator.Report r, int sentences, int sources, PrintWriter stdout) {
        stdout.printf(Locale.ROOT, "wrote %d files (%.1f MB) to %s; seed %d; %d sentences from %d source folders%n",
                r.totalFiles(), r.bytes() / 1e6, r.folder(), seed, sentences, sources);
        for (SoakCorpusGenerator.Kind k : SoakCorpusGenerator.Kind.values()) {
            stdout.printf(Locale.ROOT, "  %-16s %6d inputs %6d files%n", k.label, r.inputs().getOrDefault(k, 0),
                    r.files().getOrDefault(k, 0));
        }
        stdout.printf(Locale.ROOT, "  %-16s %6s        %6d files (%d MB each when inflated)%n", "bomb", "", r.bombs(),
                r.bombLines());
        stdout.printf(Locale.ROOT, "inputs: %d, plus %d bomb(s) counting as 1 to %d inputs each%n", r.regularInputs(),
                r.bombs(), r.bombLines());
        stdout.flush();
    }
}
