package io.geowire.model;

import io.geowire.model.avro.Article;
import io.geowire.model.avro.DeadLetter;
import io.geowire.model.avro.Event;

/** The serdes for geowire's topic records; aggregates get theirs from {@link AvroSerde#of}. */
public final class Serdes {

    private Serdes() {
    }

    public static AvroSerde<Article> article() {
        return AvroSerde.of(Article.class);
    }

    public static AvroSerde<Event> event() {
        return AvroSerde.of(Event.class);
    }

    public static AvroSerde<DeadLetter> deadLetter() {
        return AvroSerde.of(DeadLetter.class);
    }
}
