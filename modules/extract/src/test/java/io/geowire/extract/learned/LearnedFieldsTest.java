package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.geowire.extract.ExtractedEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Key fields of the events the learned stage adds: actor and target from the bundled ranker (fields.tsv), routes
 * from the gazetteer, the article and the sentence, and what modality changes. A stub model picks every sentence.
 */
class LearnedFieldsTest {

    private static List<ExtractedEvent> extract(Map<String, String> says, String modality, String text) {
        return StubExtraction.learned(says, modality, text);
    }

    private static List<ExtractedEvent> extract(Map<String, String> says, String text) {
        return extract(says, "asserted", text);
    }

    private static List<ExtractedEvent> ofType(List<ExtractedEvent> events, String type, String evidence) {
        return events.stream().filter(e -> e.type().equals(type) && e.evidence().equals(evidence)).toList();
    }

    @Test
    void shouldTakeTheSubjectAsActorAndThePartnerAfterWithAsTargetWhenBothAreStates() {
        String s = "Azerbaijan signed a strategic partnership with Hungary in Baku on Tuesday.";
        assertThat(ofType(extract(Map.of("stance", "aligning"), s), "stance", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .containsExactly(tuple("AZE", "HUN"));
    }

    @Test
    void shouldNotTakeADemonymQualifyingANounAsActorWhenAStateIsTheSubject() {
        // a learned sanction statement needs a word of sanctions in or just before its sentence
        String s = "Turkey's largest private lenders stopped accepting Russian payment cards last week because of the "
                + "sanctions.";
        assertThat(ofType(extract(Map.of("sanction_statement", "comply"), s), "sanction_statement", s))
                .extracting(ExtractedEvent::actor)
                .containsExactly("TUR");
    }

    @Test
    void shouldTakeThePersonsStateAsActorWhenAnOfficialSpeaksAboutAnotherState() {
        String s = "Kyrgyz President Sadyr Japarov told parliament that Russia remained a strategic ally.";
        assertThat(ofType(extract(Map.of("stance", "aligning"), s), "stance", s))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .containsExactly(tuple("KGZ", "RUS"));
    }

    @Test
    void shouldTakeTheArticlesMainRouteWhenNoNearbySentenceNamesARoute() {
        // questions yield no events, so only the last sentence can carry one (an event per article and keys); the
        // question before it names a state (no route), so the encoder reads the last sentence (LearnedStage.worthEncoding)
        String text = "Will Druzhba keep carrying Kazakh crude to Germany? Can the Druzhba pipeline stay open?\n\n"
                + "What did officials discuss in Berlin? Prices? Contracts? Storage in Germany?\n\n"
                + "Deliveries to the Schwedt refinery were interrupted on Monday.";
        String s = "Deliveries to the Schwedt refinery were interrupted on Monday.";
        assertThat(ofType(extract(Map.of("route_disruption", "disrupted"), text), "route_disruption", s))
                .extracting(ExtractedEvent::route, ExtractedEvent::status)
                .containsExactly(tuple("DRUZHBA", "disrupted"));
    }

    @Test
    void shouldInventAnIdFromTheStatesAndTheCargoWhenNoRouteIsKnown() {
        String s = "The electricity link between Finland and Estonia went offline on Wednesday.";
        assertThat(ofType(extract(Map.of("route_disruption", "disrupted"), s), "route_disruption", s))
                .extracting(ExtractedEvent::route)
                .containsExactly("FIN_EST_POWER");
    }

    @Test
    void shouldReadAnInformalRouteNameFromTheGazetteer() {
        String s = "Estlink 2 was back in operation on Friday after the repair.";
        assertThat(ofType(extract(Map.of("route_disruption", "restored"), s), "route_disruption", s))
                .extracting(ExtractedEvent::route)
                .containsExactly("ESTLINK2");
    }

    @Test
    void shouldTakeThePipelineTheCargoEndsInWhenASentenceNamesTwoRoutes() {
        String s = "Tankers now carry the crude from Aktau across the Caspian Sea to Baku, where it enters the "
                + "Baku-Tbilisi-Ceyhan pipeline.";
        assertThat(ofType(extract(Map.of("route_disruption", "alternative"), s), "route_disruption", s))
                .extracting(ExtractedEvent::route)
                .containsExactly("BTC");
    }

    @Test
    void shouldMakeAPlannedHaltAtRiskWhenTheModelReadsTheSentenceAsPlanned() {
        String s = "Operators may halt flows through the Balticconnector pipeline next month.";
        assertThat(ofType(extract(Map.of("route_disruption", "disrupted"), "planned", s), "route_disruption", s))
                .extracting(ExtractedEvent::route, ExtractedEvent::status)
                .containsExactly(tuple("BALTICCONNECTOR", "at_risk"));
    }

    @Test
    void shouldEmitNothingWhenTheModelReadsTheSentenceAsDenied() {
        String s = "Moscow has never accepted the German account of the explosions.";
        assertThat(ofType(extract(Map.of("stance", "neutral"), "asserted", s), "stance", s)).isNotEmpty();
        assertThat(ofType(extract(Map.of("stance", "neutral"), "denied", s), "stance", s)).isEmpty();
    }
}
