package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.CorroboratedCluster;
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

    @Test
    void shouldWriteTheBytesOfAvrosMessageEncoderWhenEncodingAnyRecord() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            CorroboratedCluster cluster = cluster(random, i);
            byte[] ours = AvroSerde.of(CorroboratedCluster.class).encode(cluster);
            java.nio.ByteBuffer avros = new org.apache.avro.message.BinaryMessageEncoder<CorroboratedCluster>(
                    org.apache.avro.specific.SpecificData.get(), CorroboratedCluster.getClassSchema()).encode(cluster);
            byte[] expected = new byte[avros.remaining()];
            avros.get(expected);

            assertThat(ours).isEqualTo(expected);
            assertThat(AvroSerde.of(CorroboratedCluster.class).decode(ours)).isEqualTo(cluster);
        }
    }

    @Test
    void shouldRoundTripWhenTheValueIsLargerThanTheThreadsBuffer() {
        Event big = Event.newBuilder().setId("e1").setType(EventFields.STANCE).setPayload(stance()).build();
        ((StanceEvent) big.getPayload()).setEvidence("x".repeat(3_000_000));
        AvroSerde<Event> serde = Serdes.event();

        assertThat(serde.decode(serde.encode(big))).isEqualTo(big);
        Event small = Event.newBuilder().setId("e2").setType(EventFields.STANCE).setPayload(stance()).build();
        assertThat(serde.decode(serde.encode(small))).isEqualTo(small);
    }

    @Test
    void shouldFailNamingTheTypeWhenAValueIsTruncated() {
        byte[] bytes = Serdes.event().encode(
                Event.newBuilder().setId("e1").setType(EventFields.STANCE).setPayload(stance()).build());
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 5);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Serdes.event().decode(truncated))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
                .hasMessageContaining("cannot decode Event");
    }

    private static CorroboratedCluster cluster(java.util.Random random, int i) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> confidence = new java.util.LinkedHashMap<>();
        for (int f = 0; f < random.nextInt(4); f++) {
            fields.put("f" + f, "välue-" + random.nextInt(1000));
            confidence.put("f" + f, random.nextDouble());
        }
        java.util.List<String> articles = new java.util.ArrayList<>();
        for (int a = 0; a < random.nextInt(300); a++) {
            articles.add("a" + random.nextLong());
        }
        return CorroboratedCluster.newBuilder().setId("c-" + i).setKey("stance:KAZ->RUS:distancing")
                .setType(EventFields.STANCE).setEntity("KAZ->RUS").setFields(fields)
                .setDate(random.nextBoolean() ? null : "2022-06-" + (10 + random.nextInt(19)))
                .setEventDay(random.nextInt(20_000)).setHedged(random.nextBoolean())
                .setConfidence(random.nextDouble()).setEvidence("Астана " + "word ".repeat(random.nextInt(200)))
                .setSources(articles.size()).setArticles(articles).setOutlets(java.util.List.of("o"))
                .setMemberCount(articles.size()).setFieldConfidence(confidence)
                .setPublishedDay(random.nextBoolean() ? null : (long) random.nextInt(20_000))
                .setRecordDay(random.nextBoolean() ? null : (long) random.nextInt(20_000))
                .setMembers(java.util.List.of()).build();
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
