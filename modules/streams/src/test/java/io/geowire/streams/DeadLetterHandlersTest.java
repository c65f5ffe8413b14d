package io.geowire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.Serdes;
import io.geowire.model.avro.DeadLetter;
import io.geowire.streams.internal.StreamsDeadLetters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes.StringSerde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The handlers on a small topology of their own: one processor throws on "explode", a serializer throws on
 * "unwritable", a deserializer throws on "unreadable". Each such record becomes a DeadLetter with its stage and
 * reason, and the records after it still come through.
 */
class DeadLetterHandlersTest {

    private static final String IN = "in";
    private static final String OUT = "out";
    private static final String DEAD = "dead-letters";

    @Test
    void shouldDeadLetterARecordAProcessorThrowsOnAndCarryOn() {
        try (Fixture f = new Fixture()) {
            f.in.pipeInput("k1", "explode");
            f.in.pipeInput("k2", "fine");

            assertThat(f.out.readValuesToList()).containsExactly("FINE");
            DeadLetter letter = f.onlyDeadLetter();
            assertThat(letter.getStage()).isEqualTo(StreamsDeadLetters.STAGE_PROCESS);
            assertThat(letter.getReason()).contains("failed in upper-case").contains("no upper case for explode");
            assertThat(letter.getSource()).isEqualTo("in-0@0");
            assertThat(StandardCharsets.UTF_8.decode(letter.getOriginalBytes()).toString()).isEqualTo("explode");
        }
    }

    @Test
    void shouldDeadLetterARecordThatCannotBeSerializedForItsOutputAndCarryOn() {
        try (Fixture f = new Fixture()) {
            f.in.pipeInput("k1", "unwritable");
            f.in.pipeInput("k2", "fine");

            assertThat(f.out.readValuesToList()).containsExactly("FINE");
            DeadLetter letter = f.onlyDeadLetter();
            assertThat(letter.getStage()).isEqualTo(StreamsDeadLetters.STAGE_PRODUCE);
            assertThat(letter.getReason()).contains("cannot serialize the value for out").contains("UNWRITABLE");
        }
    }

    @Test
    void shouldDeadLetterARecordThatCannotBeDeserializedAndCarryOn() {
        try (Fixture f = new Fixture()) {
            f.in.pipeInput("k1", "unreadable");
            f.in.pipeInput("k2", "fine");

            assertThat(f.out.readValuesToList()).containsExactly("FINE");
            DeadLetter letter = f.onlyDeadLetter();
            assertThat(letter.getStage()).isEqualTo(StreamsDeadLetters.STAGE_DESERIALIZE);
            assertThat(letter.getReason()).contains("cannot deserialize").contains("unreadable");
        }
    }

    @Test
    void shouldFailOnKafkasOwnExceptionsWhenAProcessorPassesThemOn() {
        var handler = new DeadLetterHandlers.Processing();
        handler.configure(DeadLetterHandlers.config(DEAD));

        var response = handler.handleError(null, null,
                new org.apache.kafka.streams.errors.StreamsException("send failed: transaction in error state"));

        assertThat(response.result()).isEqualTo(
                org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void shouldRetryWhenTheBrokerCannotTakeASendForNow() {
        var handler = new DeadLetterHandlers.Production();
        handler.configure(DeadLetterHandlers.config(DEAD));
        var record = new org.apache.kafka.clients.producer.ProducerRecord<>(OUT, new byte[0], new byte[0]);

        for (Exception forNow : List.of(new org.apache.kafka.common.errors.TimeoutException("expired batch"),
                new org.apache.kafka.common.errors.NotLeaderOrFollowerException("leader moved"),
                new org.apache.kafka.common.errors.NetworkException("disconnected"))) {
            var response = handler.handleError(SEND_CONTEXT, record, forNow);

            assertThat(response.result()).as("%s", forNow).isEqualTo(
                    org.apache.kafka.streams.errors.ProductionExceptionHandler.Result.RETRY);
            assertThat(response.deadLetterQueueRecords()).isEmpty();
        }
    }

    @Test
    void shouldFailWhenTheBrokerRefusesARecordForGood() {
        var handler = new DeadLetterHandlers.Production();
        handler.configure(DeadLetterHandlers.config(DEAD));
        var record = new org.apache.kafka.clients.producer.ProducerRecord<>(OUT, new byte[0], new byte[0]);

        var response = handler.handleError(SEND_CONTEXT, record,
                new org.apache.kafka.common.errors.RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(
                org.apache.kafka.streams.errors.ProductionExceptionHandler.Result.FAIL);
    }

    /** Where the failed send came from, as Streams tells a production handler. */
    private static final org.apache.kafka.streams.errors.ErrorHandlerContext SEND_CONTEXT =
            new org.apache.kafka.streams.errors.ErrorHandlerContext() {
                @Override
                public String topic() {
                    return IN;
                }

                @Override
                public int partition() {
                    return 0;
                }

                @Override
                public long offset() {
                    return 7;
                }

                @Override
                public org.apache.kafka.common.header.Headers headers() {
                    return new org.apache.kafka.common.header.internals.RecordHeaders();
                }

                @Override
                public String processorNodeId() {
                    return "out-sink";
                }

                @Override
                public org.apache.kafka.streams.processor.TaskId taskId() {
                    return new org.apache.kafka.streams.processor.TaskId(0, 0);
                }

                @Override
                public long timestamp() {
                    return 0;
                }

                @Override
                public byte[] sourceRawKey() {
                    return new byte[0];
                }

                @Override
                public byte[] sourceRawValue() {
                    return new byte[0];
                }
            };

    private static final class Fixture implements AutoCloseable {

        final TopologyTestDriver driver;
        final TestInputTopic<String, String> in;
        final TestOutputTopic<String, String> out;
        final TestOutputTopic<String, DeadLetter> dead;

        Fixture() {
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(IN, Consumed.with(new StringSerde(), picky("unreadable")).withName("in-source"))
                    .processValues(UpperCase::new, Named.as("upper-case"))
                    .to(OUT, Produced.with(new StringSerde(), picky("UNWRITABLE")).withName("out-sink"));
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "handlers-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.putAll(DeadLetterHandlers.config(DEAD));
            driver = new TopologyTestDriver(builder.build(), props);
            in = driver.createInputTopic(IN, new StringSerializer(), new StringSerializer());
            out = driver.createOutputTopic(OUT, new StringDeserializer(), new StringDeserializer());
            dead = driver.createOutputTopic(DEAD, new StringDeserializer(), Serdes.deadLetter().deserializer());
        }

        DeadLetter onlyDeadLetter() {
            List<TestRecord<String, DeadLetter>> letters = dead.readRecordsToList();
            assertThat(letters).hasSize(1);
            assertThat(letters.get(0).key()).isEqualTo(letters.get(0).value().getSource());
            return letters.get(0).value();
        }

        @Override
        public void close() {
            driver.close();
        }
    }

    private static final class UpperCase implements FixedKeyProcessor<String, String, String> {

        private FixedKeyProcessorContext<String, String> context;

        @Override
        public void init(FixedKeyProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, String> record) {
            if (record.value().equals("explode")) {
                throw new IllegalStateException("no upper case for " + record.value());
            }
            context.forward(record.withValue(record.value().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    /** A string serde that refuses one value both ways. */
    private static Serde<String> picky(String refused) {
        Serializer<String> serializer = (topic, value) -> {
            if (refused.equals(value)) {
                throw new org.apache.kafka.common.errors.SerializationException("refusing to write " + value);
            }
            return value.getBytes(StandardCharsets.UTF_8);
        };
        Deserializer<String> deserializer = (topic, bytes) -> {
            String value = new String(bytes, StandardCharsets.UTF_8);
            if (refused.equals(value)) {
                throw new org.apache.kafka.common.errors.SerializationException("refusing to read " + value);
            }
            return value;
        };
        return org.apache.kafka.common.serialization.Serdes.serdeFrom(serializer, deserializer);
    }
}
