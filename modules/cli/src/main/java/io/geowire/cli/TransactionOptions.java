package io.geowire.cli;

import io.geowire.producer.TransactionBatching;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How many inputs go into one producer transaction, for the verbs that produce a corpus (produce, run, bench e2e).
 * docs/operations.md explains the trade: fewer commits against how long a committed reader may wait for an input.
 */
final class TransactionOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec verb;

    @Option(names = "--inputs-per-transaction", paramLabel = "N",
            defaultValue = "" + TransactionBatching.DEFAULT_MAX_INPUTS,
            description = "Commit a producer transaction once it holds N inputs (default ${DEFAULT-VALUE}; 1 = a "
                + "transaction per input)")
    int maxInputs;

    @Option(names = "--transaction-ms", paramLabel = "MS", defaultValue = "" + TransactionBatching.DEFAULT_MAX_OPEN_MS,
            description = "... or once it has been open MS milliseconds, whichever comes first (default "
                + "${DEFAULT-VALUE}; at most 30000)")
    long maxOpenMillis;

    /** The batching given on the command line; a value out of range is a usage error naming the option. */
    TransactionBatching batching() {
        try {
            return new TransactionBatching(maxInputs, Duration.ofMillis(maxOpenMillis));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(verb.commandLine(), "--inputs-per-transaction / --transaction-ms: "
                    + e.getMessage());
        }
    }
}
