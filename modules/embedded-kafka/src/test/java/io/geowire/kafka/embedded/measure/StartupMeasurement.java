package io.geowire.kafka.embedded.measure;

import io.geowire.kafka.embedded.BrokerOptions;
import io.geowire.kafka.embedded.EmbeddedKafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: prints start time (to the first acks=all ack of a fresh client), RSS and stop time of the embedded
 * broker, for docs/broker.md. Run it as shown there.
 */
public final class StartupMeasurement {

    private StartupMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        System.out.printf("jvm up %d ms, rss before %d MB%n",
                ManagementFactory.getRuntimeMXBean().getUptime(), rssMb());
        for (int round = 1; round <= rounds; round++) {
            measureOnce(round);
        }
    }

    private static void measureOnce(int round) throws Exception {
        long t0 = System.nanoTime();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults());
        long started = System.nanoTime();
        firstAck(broker.bootstrapServers());
        long acked = System.nanoTime();
        long rss = rssMb();
        broker.close();
        long stopped = System.nanoTime();
        System.out.printf("round %d: start() %d ms, first ack of a new producer %d ms after t0, rss %d MB, "
                        + "heap used %d MB, close() %d ms%n", round, ms(started - t0), ms(acked - t0), rss,
                heapUsedMb(), ms(stopped - acked));
    }

    private static void firstAck(String bootstrap) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("measure", "k", "v")).get();
        }
    }

    private static long rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static long heapUsedMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
