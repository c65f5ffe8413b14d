package io.geowire.api;

import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The instances of a Kafka Streams application as its group sees them: every client that published an
 * {@code application.server}, with the stores and input partitions it hosts (active and standby).
 */
public final class KafkaStreamsInstances implements InstancesInfo {

    private final KafkaStreams streams;
    private final HostInfo self;

    public KafkaStreamsInstances(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public List<InstanceInfo> instances() {
        return streams.metadataForAllStreamsClients().stream()
                .map(this::toInfo)
                .sorted(Comparator.comparing(InstanceInfo::host).thenComparingInt(InstanceInfo::port))
                .toList();
    }

    private InstanceInfo toInfo(StreamsMetadata m) {
        List<String> partitions = m.topicPartitions().stream()
                .map(tp -> tp.topic() + "-" + tp.partition()).sorted().toList();
        List<String> standbys = m.standbyTopicPartitions().stream()
                .map(tp -> tp.topic() + "-" + tp.partition() + " (standby)").sorted().toList();
        List<String> all = new java.util.ArrayList<>(partitions);
        all.addAll(standbys);
        return new InstanceInfo(m.host(), m.port(), m.hostInfo().equals(self),
                m.stateStoreNames().stream().sorted().toList(), all);
    }
}
