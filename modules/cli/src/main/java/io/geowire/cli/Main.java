package io.geowire.cli;

import io.geowire.api.UnprotectedApiException;
import io.geowire.ingest.IngestException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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

    /** The first message along the cause chain, and what went wrong with a file when a file is the reason. */
    static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.toString() : root.getMessage();
        FileSystemException file = fileProblem(ex);
        if (file == null) {
            return message;
        }
        // a file system exception's message is often only the path: say what happened to it
        String detail = fileProblemKind(file) + ": " + file.getFile()
                + (file.getOtherFile() == null ? "" : " -> " + file.getOtherFile());
        boolean onlyThePath = message.equals(file.getMessage()) || message.equals(file.getFile())
                || message.equals(file.toString());
        return onlyThePath ? detail : message + " (" + detail + ")";
    }

    private static FileSystemException fileProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                return fs;
            }
        }
        return null;
    }

    private static String fileProblemKind(FileSystemException fs) {
        if (fs instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (fs instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (fs instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (fs instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (fs instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        return fs.getReason() == null ? "cannot use file" : fs.getReason();
    }
}
