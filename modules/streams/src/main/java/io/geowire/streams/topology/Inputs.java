package io.geowire.streams.topology;

import io.geowire.model.Serdes;
import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;
import io.geowire.streams.EventTimeExtractor;
import io.geowire.streams.InputValidation;
import io.geowire.streams.TopologyOptions;
import io.geowire.streams.internal.Decoded;
import io.geowire.streams.internal.PoisonToDeadLetter;
import io.geowire.streams.internal.SafeSerde;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The three input topics, read with a deserializer that never throws. Unreadable records on articles and
 * events, and records with fields out of range (see InputValidation), go to dead-letters with the reason and the original bytes; the application keeps running.
 * Unreadable records on dead-letters itself are only counted (writing them back would loop).
 */
public record Inputs(KStream<String, Article> articles, KStream<String, Event> events,
        KStream<String, Decoded<DeadLetter>> deadLetters) {

    public static Inputs addTo(StreamsBuilder builder, TopologyOptions options) {
        var deadLetterSerde = Serdes.deadLetter();
        Produced<String, DeadLetter> toDeadLetters =
                Produced.with(org.apache.kafka.common.serialization.Serdes.String(), deadLetterSerde);

        KStream<String, Decoded<Article>> articles = builder.stream(options.topics().articles(),
                Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), new SafeSerde<>(Serdes.article(), InputValidation::article))
                        .withName("articles-source"));
        KStream<String, Decoded<Event>> events = builder.stream(options.topics().events(),
                Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), new SafeSerde<>(Serdes.event(), InputValidation::event))
                        .withTimestampExtractor(new EventTimeExtractor())
                        .withName("events-source"));
        KStream<String, Decoded<DeadLetter>> deadLetters = builder.stream(options.topics().deadLetters(),
                Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), new SafeSerde<>(deadLetterSerde))
                        .withName("dead-letters-source"));

        return new Inputs(
                readable(articles, "articles", options, toDeadLetters),
                readable(events, "events", options, toDeadLetters),
                deadLetters);
    }

    private static <T extends SpecificRecord> KStream<String, T> readable(KStream<String, Decoded<T>> in,
            String name, TopologyOptions options, Produced<String, DeadLetter> toDeadLetters) {
        Map<String, KStream<String, Decoded<T>>> branches = in.split(Named.as(name + "-decode"))
                .branch((key, value) -> value.isPoison(), Branched.as("-poison"))
                .defaultBranch(Branched.as("-ok"));
        branches.get(name + "-decode-poison")
                .process(PoisonToDeadLetter::new, Named.as(name + "-poison-to-dead-letter"))
                .to(options.topics().deadLetters(), toDeadLetters.withName(name + "-poison-sink"));
        return branches.get(name + "-decode-ok").mapValues(Decoded::value, Named.as(name + "-decoded"));
    }
}
