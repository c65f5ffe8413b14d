package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.StanceEvent;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    @Test
    void shouldRoundTripEventEnvelopeWhenPayloadIsAnyEventType() {
        Event stance = Event.newBuilder().setId("e1").setType(EventFields.STANCE).setPayload(stance()).build();
        Event route = Event.newBuilder().setId("e2").setType(EventFields.ROUTE_DISRUPTION).setPayload(route()).build();
        AvroSerde<Event> serde = Serdes.event();

        assertThat(serde.decode(serde.encode(stance))).isEqualTo(stance);
        assertThat(serde.decode(serde.encode(route))).isEqualTo(route);
    }

    @Test
    void shouldShareOneSerdePerTypeWhenAskedAgain() {
        assertThat(Serdes.event()).isSameAs(Serdes.event());
        assertThat(AvroSerde.of(Event.class)).isSameAs(Serdes.event());
    }

    @Test
    void shouldRoundTripOnEveryThreadWhenTheSerdeIsShared() throws Exception {
        AvroSerde<Event> serde = Serdes.event();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Long>> mismatches = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "t" + t + "-";
                mismatches.add(pool.submit(() -> java.util.stream.IntStream.range(0, 2_000)
                        .mapToObj(i -> Event.newBuilder().setId(prefix + i).setType(EventFields.STANCE)
                                .setPayload(stance()).build())
                        .filter(e -> !serde.decode(serde.encode(e)).equals(e))
                        .count()));
            }
            for (var m : mismatches) {
                assertThat(m.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldPrefixEveryValueWithSingleObjectMarkerAndFingerprint() {
        byte[] bytes = Serdes.event().encode(
                Event.newBuilder().setId("e1").setType(EventFields.STANCE).setPayload(stance()).build());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(bytes.length).isGreaterThan(10);
    }

    @Test
    void shouldFallBackToPublicationDateWhenEventHasNoDate() {
        StanceEvent undated = stance();
        undated.setDate(null);
        EventFields fields = EventFields.of(
                Event.newBuilder().setId("e1").setType(EventFields.STANCE).setPayload(undated).build());

        assertThat(fields.eventTimeDate()).isEqualTo("2022-07-13");
        assertThat(fields.type()).isEqualTo(EventFields.STANCE);
    }

    static StanceEvent stance() {
        return StanceEvent.newBuilder()
                .setId("e1").setArticleId("a1").setArticle("a.txt").setPublished("2022-07-13").setDate("2022-06-17")
                .setEvidence("Astana will not recognise the republics").setEvidenceStart(0).setEvidenceEnd(40)
                .setConfidence(0.9).setExtractorVersion("test").setActor("KAZ").setTarget("RUS")
                .setPolarity("distancing").setTopic("non-recognition").build();
    }

    static RouteDisruptionEvent route() {
        return RouteDisruptionEvent.newBuilder()
                .setId("e2").setArticleId("a1").setArticle("a.txt").setDate("2022-07-05")
                .setEvidence("the pipeline was halted").setEvidenceStart(0).setEvidenceEnd(23)
                .setConfidence(0.8).setExtractorVersion("test").setRoute("CPC").setStatus("disrupted")
                .setCause("legal").build();
    }
}
