package io.geowire.cli;

import picocli.CommandLine.Command;

@Command(name = "geowire", mixinStandardHelpOptions = true, version = "geowire 0.1.0",
        description = "Track stance signals, energy-route disruptions and sanction statements in news, on Kafka.",
        subcommands = {
            RunCommand.class,
            ReplayCommand.class,
            StreamCommand.class,
            BrokerCommand.class,
            ProduceCommand.class,
            IngestCommand.class,
            TailCommand.class,
            StatusCommand.class,
            InspectCommand.class,
            ExtractCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
            BenchCommand.class,
            GenerateCommand.class,
        })
final class GeowireCommand {
}
