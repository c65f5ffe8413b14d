package io.geowire.cli;

import io.geowire.streams.StreamsSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Show instances, tasks, lag and dead letters.",
        description = "Shows, from the Kafka cluster alone, the Streams application's instances and their tasks, "
            + "the lag on each input topic, when the last event was produced and the dead letters of the last "
            + "minutes. The first thing to run when something looks wrong.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default ${DEFAULT-VALUE})")
    String bootstrap;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id", defaultValue = StreamsSettings.DEFAULT_APPLICATION_ID,
            description = "Streams application id, i.e. its consumer group (default ${DEFAULT-VALUE})")
    String applicationId;

    @Option(names = "--window", defaultValue = "5",
            description = "Count dead letters of this many last minutes (default ${DEFAULT-VALUE})")
    int windowMinutes;

    @Option(names = "--json", description = "One JSON object instead of tables")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (windowMinutes < 1) {
            err.println("geowire status: --window must be at least 1 minute");
            return ExitCodes.FAILURE;
        }
        PipelineStatus status;
        try {
            status = PipelineStatus.read(kafka.clients(bootstrap), kafka.topics(), applicationId,
                    Duration.ofMinutes(windowMinutes));
        } catch (TimeoutException | ExecutionException e) {
            err.println("geowire status: cannot read the cluster at " + bootstrap + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            return ExitCodes.FAILURE;
        }
        if (json) {
            out.println(Json.mapper().writeValueAsString(toMap(status, Instant.now())));
        } else {
            out.print(table(status, Instant.now()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> toMap(PipelineStatus s, Instant now) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("application_id", s.applicationId());
        map.put("group_state", s.groupState());
        map.put("instances", s.instances().stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("client", i.client());
            m.put("host", i.host());
            m.put("threads", i.threads());
            m.put("tasks", i.tasks());
            return m;
        }).toList());
        map.put("lag", s.lag().stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("topic", l.topic());
            m.put("partitions", l.partitions());
            m.put("end_offset", l.endOffset());
            m.put("committed", l.committed());
            m.put("lag", l.lag());
            return m;
        }).toList());
        map.put("total_lag", s.totalLag());
        map.put("last_event_time", s.lastEvent() == null ? null : s.lastEvent().toString());
        map.put("last_event_age_seconds", s.lastEvent() == null ? null
                : Duration.between(s.lastEvent(), now).toSeconds());
        map.put("dead_letter_window_minutes", s.window().toMinutes());
        map.put("dead_letters", s.deadLetterCount());
        map.put("dead_letters_by_stage", s.deadLetters());
        map.put("dead_letters_per_minute", Math.round(s.deadLettersPerMinute() * 100) / 100.0);
        return map;
    }

    static String table(PipelineStatus s, Instant now) {
        StringBuilder b = new StringBuilder();
        b.append("application ").append(s.applicationId()).append("   group ").append(s.groupState()).append('\n');
        b.append('\n');
        if (s.instances().isEmpty()) {
            b.append(PipelineStatus.NO_GROUP.equals(s.groupState())
                    ? "no instance is running (no consumer group " + s.applicationId() + " on this cluster)\n"
                    : "no instance is running (the group has no members)\n");
        } else {
            b.append(String.format(Locale.ROOT, "%-44s %-18s %7s  %s%n", "INSTANCE", "HOST", "THREADS", "TASKS"));
            for (PipelineStatus.Instance i : s.instances()) {
                b.append(String.format(Locale.ROOT, "%-44s %-18s %7d  %s%n", i.client(), i.host(), i.threads(),
                        String.join(" ", i.tasks())));
            }
        }
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%-48s %10s %12s %12s %10s%n", "INPUT TOPIC", "PARTITIONS", "END OFFSET",
                "COMMITTED", "LAG"));
        for (PipelineStatus.TopicLag l : s.lag()) {
            b.append(String.format(Locale.ROOT, "%-48s %10d %12d %12d %10d%n", l.topic(), l.partitions(),
                    l.endOffset(), l.committed(), l.lag()));
        }
        b.append('\n');
        b.append("last event produced: ").append(s.lastEvent() == null ? "none yet"
                : s.lastEvent() + " (" + age(Duration.between(s.lastEvent(), now)) + " ago)").append('\n');
        b.append(String.format(Locale.ROOT, "dead letters, last %d min: %d (%.2f/min)%s%n", s.window().toMinutes(),
                s.deadLetterCount(), s.deadLettersPerMinute(), byStage(s.deadLetters())));
        return b.toString();
    }

    private static String byStage(Map<String, Long> stages) {
        if (stages.isEmpty()) {
            return "";
        }
        List<String> parts = stages.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
        return ": " + String.join(", ", parts);
    }

    static String age(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 7_200) {
            return s / 60 + " min";
        }
        if (s < 172_800) {
            return s / 3_600 + " h";
        }
        return s / 86_400 + " days";
    }
}
