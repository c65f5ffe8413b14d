package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.model.ClientConfigs;
import io.geowire.model.Topics;
import io.geowire.producer.TopicProvisioner;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@KafkaIT
class TailCommandIT {

    @Test
    void shouldDecodeEveryTopicToJsonAndReportForeignBytesWhenFollowingFromBeginning(TestKafka kafka,
            @TempDir Path corpus) throws Exception {
        Files.writeString(corpus.resolve("brief.txt"), """
                Court halts loadings
                https://example.org/news/brief
                March 3, 2023

                A regional court ordered the Caspian Pipeline Consortium to suspend loadings at its terminal \
                for 30 days, a decision that cuts most of Kazakhstan's crude exports.
                """);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        String prefix = kafka.uniqueName("tail") + ".";
        Topics topics = Topics.withPrefix(prefix);
        ClientConfigs clients = new ClientConfigs(kafka.bootstrapServers(), kafka.clientConfig());
        TopicProvisioner.ensureTopics(kafka.admin(), topics, 1);
        var produced = CorpusRun.produce(clients, topics, List.of(corpus.toString()), kafka.uniqueName("tx"));
        try (var raw = new KafkaProducer<>(clients.admin(), new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.articles(), "junk", "not avro".getBytes())).get();
        }

        long expected = 1 + produced.events() + 1 + 1;
        CliRunner result = CliRunner.run("tail", "--bootstrap", kafka.bootstrapServers(), "--topic-prefix", prefix,
                "--topic", topics.articles(), "--topic", topics.events(), "--topic", topics.deadLetters(),
                "--from-beginning", "--max-records", Long.toString(expected), "--idle-timeout", "15");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.outLines()) {
            lines.add(Json.mapper().readTree(line));
        }
        assertThat(lines).hasSize((int) expected);
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("topic").asText()).isEqualTo(topics.articles());
            assertThat(l.get("value").get("title").asText()).isEqualTo("Court halts loadings");
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("topic").asText()).isEqualTo(topics.events());
            assertThat(l.get("value").get("payload").get("route").asText()).isEqualTo("CPC");
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("topic").asText()).isEqualTo(topics.deadLetters());
            assertThat(l.get("value").get("reason").asText()).contains("empty");
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("key").asText()).isEqualTo("junk");
            assertThat(l.get("error").asText()).contains("not Avro single-object encoded");
        });
    }

    @Test
    void shouldRefuseTopicThatIsNotGeowires() {
        CliRunner result = CliRunner.run("tail", "--bootstrap", "localhost:1", "--topic", "something-else");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.err()).contains("not a geowire topic");
    }
}
