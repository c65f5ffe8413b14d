package io.geowire.cli;

import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.RawArticleIngest;
import io.geowire.producer.TopicProvisioner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The producer as a long-running service: live sources in, articles and events out, until SIGTERM. Each source is
 * a mixin of options plus a runner that works on a thread of its own; a new source (a watched folder, feeds) adds
 * its mixin here and its runner to {@link #startSources}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Produce from live sources until stopped.",
        description = "Runs the producer as a service for deployments whose Streams instances run elsewhere: consumes "
            + "raw JSON articles from a topic (several ingest processes in one group share its partitions), ingests "
            + "and extracts them, and writes articles, events and dead letters in the same transaction as the "
            + "consumed offsets. Stops on SIGTERM or Ctrl-C and prints what it produced as one JSON line.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers host:port[,host:port]")
    String bootstrap;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicSourceOptions fromTopic;

    @Mixin
    IngestLimitsOptions limits;

    @Override
    public Integer call() throws Exception {
        if (!fromTopic.given()) {
            throw new ParameterException(spec.commandLine(), "give a source: --from-topic TOPIC");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClientConfigs clients = kafka.clients(bootstrap);
        Topics topics = kafka.topics();
        try (Admin admin = Admin.create(clients.admin())) {
            TopicProvisioner.ensureTopics(admin, topics, TopicProvisioner.DEFAULT_PARTITIONS);
        }
        List<RawArticleIngest> sources = startSources(clients, topics);
        err.println("geowire: ingesting from " + fromTopic.topic(topics) + " (group " + fromTopic.group
                + "); stop with Ctrl-C or SIGTERM");
        err.flush();
        // the status is printed by the shutdown hook itself: on SIGTERM the JVM halts once the hooks are done,
        // whatever the main thread was about to do (and exits with 143, the signal's conventional status)
        java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();
        // once only: after a failure the main thread reports, and the hook runs again when the JVM exits
        AutoCloseable stop = () -> {
            if (reported.compareAndSet(false, true)) {
                stopAndReport(sources, out);
            }
        };
        boolean stopped = Shutdown.serveUntilShutdown(stop, () -> failure(sources).isPresent());
        if (!stopped) {
            stop.close();
            err.println("geowire: " + failure(sources).orElse("a source stopped"));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private List<RawArticleIngest> startSources(ClientConfigs clients, Topics topics) {
        List<RawArticleIngest> sources = new ArrayList<>();
        sources.add(fromTopic.start(clients, topics, limits.options()));
        return sources;
    }

    private static Optional<String> failure(List<RawArticleIngest> sources) {
        return sources.stream().flatMap(s -> s.failure().stream()).findFirst();
    }

    /** Stops every source (each finishes or aborts the batch in hand) and prints its status as a JSON line. */
    private static void stopAndReport(List<RawArticleIngest> sources, PrintWriter out) {
        sources.forEach(RawArticleIngest::close);
        for (RawArticleIngest source : sources) {
            out.println(Json.line(source.status()));
        }
        out.flush();
    }
}
