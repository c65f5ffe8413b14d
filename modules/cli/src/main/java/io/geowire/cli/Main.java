package io.geowire.cli;

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
            return ExitCodes.FAILURE;
        });
        return cmd;
    }

    private static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
