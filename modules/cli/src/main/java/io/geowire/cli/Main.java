package io.geowire.cli;

import io.geowire.api.UnprotectedApiException;
import io.geowire.ingest.IngestException;
import picocli.CommandLine;

/** The {@code ./geowire} entry point. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new GeowireCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("geowire " + line.getCommandName() + ": " + describe(ex));
            return exitCode(ex);
        });
        return cmd;
    }

    /** The one place that turns a verb's exception into an exit code. */
    static int exitCode(Throwable ex) {
        // the corpus could not be read at all (no such path, nothing readable under it); per-article problems are
        // dead letters and never get here
        if (ex instanceof IngestException) {
            return ExitCodes.NO_INPUT;
        }
        // the API would have answered anyone on the network, or its protection cannot be set up
        return ex instanceof UnprotectedApiException ? ExitCodes.REFUSED : ExitCodes.FAILURE;
    }

    private static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
