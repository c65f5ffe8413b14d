package io.geowire.cli;

import io.geowire.api.SourceInfo;
import io.geowire.ingest.live.LiveSource;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.RawArticleIngest;
import io.geowire.producer.TopicProvisioner;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The producer as a long-running service: live sources in, articles and events out, until SIGTERM. Each kind of
 * source is a mixin of options plus a runner that works on threads of its own: the topic source's runners are
 * started by {@link #startSources}, watched folders and feeds by {@link LiveRun} under {@code --live-id}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Produce from live sources until stopped.",
        description = "Runs the producer as a service for deployments whose Streams instances run elsewhere: consumes "
            + "raw JSON articles from a topic (several ingest processes in one group share its partitions), ingests "
            + "and extracts them, and writes articles, events and dead letters in the same transaction as the "
            + "consumed offsets; and/or watches folders (--watch) and polls RSS/Atom feeds (--feeds), each item "
            + "written with its position in one transaction. Stops on SIGTERM or Ctrl-C and prints what each source "
            + "produced as one JSON line.")
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
    LiveSourceOptions live;

    @Mixin
    IngestLimitsOptions limits;

    @Mixin
    ExtractorOptions extraction;

    @Option(names = "--live-id", paramLabel = "NAME", defaultValue = "ingest",
            description = "Names this process's watch/feed producer (default: ${DEFAULT-VALUE}); a restart under the "
                + "same name fences its predecessor and reads back the positions it wrote")
    String liveId;

    @Override
    public Integer call() throws Exception {
        if (!fromTopic.given() && !live.any()) {
            throw new ParameterException(spec.commandLine(), "give a source: --from-topic TOPIC, --watch DIR or --feeds FILE");
        }
        List<LiveSource> liveSources;
        try {
            liveSources = live.sources(limits.options(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClientConfigs clients = kafka.clients(bootstrap);
        Topics topics = kafka.topics();
        try (Admin admin = Admin.create(clients.admin())) {
            TopicProvisioner.ensureTopics(admin, topics, TopicProvisioner.DEFAULT_PARTITIONS);
        }
        List<RawArticleIngest> sources = startSources(clients, topics);
        LiveRun liveRun = new LiveRun();
        if (!liveSources.isEmpty()) {
            liveRun.start(clients, topics, LiveRun.transactionalId(liveId), limits.options(), liveSources,
                    extraction.create());
        }
        err.println("geowire: ingesting from " + describe(topics, liveSources) + "; stop with Ctrl-C or SIGTERM");
        err.flush();
        // the status is printed by the shutdown hook itself: on SIGTERM the JVM halts once the hooks are done,
        // whatever the main thread was about to do (and exits with 143, the signal's conventional status)
        java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();
        // once only: after a failure the main thread reports, and the hook runs again when the JVM exits
        AutoCloseable stop = () -> {
            if (reported.compareAndSet(false, true)) {
                stopAndReport(sources, liveRun, out);
            }
        };
        boolean stopped = Shutdown.serveUntilShutdown(stop,
                () -> failure(sources).isPresent() || liveRun.failure().isPresent());
        if (!stopped) {
            stop.close();
            err.println("geowire: " + failure(sources).or(liveRun::failure).orElse("a source stopped"));
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private List<RawArticleIngest> startSources(ClientConfigs clients, Topics topics) {
        List<RawArticleIngest> sources = new ArrayList<>();
        if (fromTopic.given()) {
            sources.add(fromTopic.start(clients, topics, limits.options(), extraction.create()));
        }
        return sources;
    }

    private String describe(Topics topics, List<LiveSource> liveSources) {
        List<String> names = new ArrayList<>();
        if (fromTopic.given()) {
            names.add(fromTopic.topic(topics) + " (group " + fromTopic.group + ")");
        }
        liveSources.forEach(source -> names.add(source.id()));
        return String.join(", ", names);
    }

    private static Optional<String> failure(List<RawArticleIngest> sources) {
        return sources.stream().flatMap(s -> s.failure().stream()).findFirst();
    }

    /** Stops every source (each finishes or aborts the batch in hand) and prints its status as a JSON line. */
    private static void stopAndReport(List<RawArticleIngest> sources, LiveRun liveRun, PrintWriter out) {
        sources.forEach(RawArticleIngest::close);
        liveRun.close();
        for (RawArticleIngest source : sources) {
            out.println(Json.line(source.status()));
        }
        for (SourceInfo state : liveRun.sourcesInfo().sources()) {
            out.println(Json.line(status(state)));
        }
        out.flush();
    }

    /** A live source's counts as the status line prints them (named like the API's /api/sources). */
    private static Map<String, Object> status(SourceInfo s) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", s.id());
        line.put("kind", s.kind());
        line.put("polls", s.polls());
        line.put("items", s.items());
        line.put("produced", s.produced());
        line.put("already_produced", s.alreadyProduced());
        line.put("articles", s.articles());
        line.put("duplicates", s.duplicates());
        line.put("dead_letters", s.deadLetters());
        line.put("errors", s.errors());
        line.put("last_error", s.lastError());
        return line;
    }
}
