package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.model.Topics;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * `run --once` gives up as soon as the Streams application stops, naming the cause, instead of waiting out its
 * settle timeout. The stop is a real one: the stance-index topic refuses records older than an hour
 * (message.timestamp.before.max.ms), and stance records carry their events' 2022 dates as record time.
 */
@KafkaIT
class StreamsStopIT {

    @Test
    void shouldExitWithTheCauseSoonAfterTheStreamsApplicationStopsWhenRunOnce(TestKafka kafka) throws Exception {
        String prefix = kafka.uniqueName("stop") + ".";
        Topics topics = Topics.withPrefix(prefix);
        NewTopic refusingOldRecords = new NewTopic(topics.stanceIndex(), Optional.of(3), Optional.empty())
                .configs(Map.of("message.timestamp.before.max.ms", "3600000"));
        kafka.admin().createTopics(List.of(refusingOldRecords)).all().get();
        Duration settleTimeout = Duration.ofMinutes(5);

        long started = System.nanoTime();
        CliRunner result = CliRunner.run("run", "--once", "--json", "--port", "0", "--ephemeral", "--bootstrap",
                kafka.bootstrapServers(), "--topic-prefix", prefix, "--application-id", kafka.uniqueName("stop-app"),
                "--settle-timeout", settleTimeout.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.FAILURE);
        // the broker's refusal reaches the client as InvalidTimestampException or InvalidRecordException, with the
        // broker's own words or the client's summary, depending on which send of the transaction fails first
        assertThat(result.err()).contains("the Streams application stopped")
                .containsPattern("Invalid(Timestamp|Record)Exception: .*(out of range|invalid timestamp)");
        List<String> lines = result.outLines();
        JsonNode summary = Json.mapper().readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("settled").asBoolean()).isFalse();
        assertThat(summary.get("error").asText())
                .containsPattern("Invalid(Timestamp|Record)Exception: .*(out of range|invalid timestamp)");
        // far from the settle timeout: the stop was reported, not found by waiting
        assertThat(took).isLessThan(settleTimeout.dividedBy(3));
    }
}
