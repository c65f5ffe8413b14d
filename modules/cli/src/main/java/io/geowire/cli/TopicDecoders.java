package io.geowire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.model.AvroSerde;
import io.geowire.model.Serdes;
import io.geowire.model.Topics;
import io.geowire.model.avro.ActorSanctions;
import io.geowire.model.avro.PairStance;
import io.geowire.model.avro.RouteState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Knows which record type each geowire topic carries, and turns a value into JSON for people and scripts. */
final class TopicDecoders {

    private final Topics topics;
    private final Map<String, AvroSerde<? extends SpecificRecord>> byTopic = new LinkedHashMap<>();

    TopicDecoders(Topics topics) {
        this.topics = topics;
        byTopic.put(topics.articles(), Serdes.article());
        byTopic.put(topics.events(), Serdes.event());
        byTopic.put(topics.deadLetters(), Serdes.deadLetter());
        byTopic.put(topics.stanceIndex(), AvroSerde.of(PairStance.class));
        byTopic.put(topics.routeStatus(), AvroSerde.of(RouteState.class));
        byTopic.put(topics.sanctionsLedger(), AvroSerde.of(ActorSanctions.class));
    }

    Topics topics() {
        return topics;
    }

    Optional<AvroSerde<? extends SpecificRecord>> serdeFor(String topic) {
        return Optional.ofNullable(byTopic.get(topic));
    }

    /** Whether {@code topic} is one of geowire's: an Avro topic, or the raw-articles input (JSON). */
    boolean knows(String topic) {
        return byTopic.containsKey(topic) || topic.equals(topics.rawArticles());
    }

    /** The value as a JSON tree; throws with the decoder's reason when the bytes are not a record of the topic. */
    JsonNode decode(String topic, byte[] value) {
        if (topic.equals(topics.rawArticles())) {
            return rawJson(value);
        }
        AvroSerde<? extends SpecificRecord> serde = serdeFor(topic)
                .orElseThrow(() -> new IllegalArgumentException("not a geowire topic: " + topic));
        SpecificRecord record = serde.decode(value);
        try {
            // Avro renders a record as JSON text (unions untagged), which Jackson then embeds as a tree
            return Json.mapper().readTree(SpecificData.get().toString(record));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot render " + record.getSchema().getName() + " as JSON", e);
        }
    }

    /** Raw articles are JSON written by someone else: shown as they are, or the parser's reason. */
    private static JsonNode rawJson(byte[] value) {
        try {
            return Json.mapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
