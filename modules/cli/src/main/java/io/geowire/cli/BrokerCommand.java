package io.geowire.cli;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "broker", mixinStandardHelpOptions = true,
        header = "Run the embedded Kafka broker alone.",
        description = "Runs the embedded single-node Kafka broker alone, until Ctrl-C.")
final class BrokerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Client port (0 = any free port; default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", description = "Keep the broker's data here (default: a temp folder deleted on exit)")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        BrokerOptions options = BrokerOptions.defaults().withPort(port).withShutdownHook(true);
        if (dataDir != null) {
            options = options.withDataDir(dataDir);
        }
        long started = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options)) {
            out.printf("broker ready at %s in %d ms (data in %s); Ctrl-C stops it%n", broker.bootstrapServers(),
                    (System.nanoTime() - started) / 1_000_000, broker.dataDir());
            out.flush();
            broker.awaitShutdown();
        }
        return ExitCodes.OK;
    }
}
