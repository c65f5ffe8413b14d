package io.geowire.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Field filling and combination of the learned stage, with a hand-set model that picks every sentence. */
class LearnedStageTest {

    private static List<ExtractedEvent> extract(Map<String, String> says, String text) {
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION, StubModels.saying(says),
                StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, null));
    }

    @Test
    void shouldTakeTheRouteFromAnEarlierSentenceWhenTheSentenceNamesNone() {
        List<ExtractedEvent> events = extract(Map.of("route_disruption", "restored"),
                "Oil deliveries to Hungary through the Druzhba pipeline were halted on Monday. "
                        + "Crude was moving again by Thursday.");
        assertThat(events).filteredOn(e -> e.evidence().equals("Crude was moving again by Thursday."))
                .extracting(ExtractedEvent::route, ExtractedEvent::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DRUZHBA", "restored"));
    }

    @Test
    void shouldReportAHaltOfTheSameRouteAgainWhenALaterParagraphTellsOfAnother() {
        // the gold of the own corpora lists each halt of a route as its own event (issue 11, xroute)
        String text = "The Druzhba pipeline went dry in March.\n\nIn August the Druzhba pipeline went dry once more.";
        // no rule reads "went dry": both events are the classifier's
        assertThat(EventExtractor.createRulesOnly().extract(new ArticleInput("t.txt", text, null))).isEmpty();
        List<ExtractedEvent> events = extract(Map.of("route_disruption", "disrupted"), text);
        assertThat(events).filteredOn(e -> e.type().equals("route_disruption"))
                .extracting(ExtractedEvent::route).containsExactly("DRUZHBA", "DRUZHBA");
    }

    @Test
    void shouldNotRepeatARouteEventWithinOneParagraph() {
        List<ExtractedEvent> events = extract(Map.of("route_disruption", "disrupted"),
                "The Druzhba pipeline went dry in March. The Druzhba pipeline went dry for days.");
        assertThat(events).filteredOn(e -> e.type().equals("route_disruption")).hasSize(1);
    }

    @Test
    void shouldEmitNothingWhenNoRouteIsNamedAnywhere() {
        List<ExtractedEvent> events = extract(Map.of("route_disruption", "disrupted"),
                "Georgia's finance minister spoke to reporters. Deliveries stopped on Monday.");
        assertThat(events).noneMatch(e -> e.type().equals("route_disruption"));
    }

    @Test
    void shouldReadADemonymAsTheActorOfASanctionStatement() {
        List<ExtractedEvent> events = extract(Map.of("sanction_statement", "other"),
                // a learned sanction statement needs a word of sanctions in or just before its sentence
                "Russian state organisations will stop buying the bonds from July because of the sanctions.");
        assertThat(events).extracting(ExtractedEvent::type, ExtractedEvent::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("sanction_statement", "RUS"));
    }

    @Test
    void shouldGiveTheStanceBothWaysWhenTwoStatesAreItsJointSubject() {
        // the gold reads "X and Y hailed ..." as each aligning with the other (docs/decisions.md, stance error analysis)
        List<ExtractedEvent> events = extract(Map.of("stance", "aligning"),
                "Kazakhstan and China hailed a new chapter in their relations on Monday.");
        assertThat(events).filteredOn(e -> e.type().equals("stance"))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target, ExtractedEvent::polarity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("KAZ", "CHN", "aligning"),
                        org.assertj.core.groups.Tuple.tuple("CHN", "KAZ", "aligning"));
    }

    @Test
    void shouldUseTheWholeSentenceAsEvidenceWithItsOffsets() {
        String text = "Loadings at the CPC terminal were halted on Monday. Officials gave no reason.";
        for (ExtractedEvent e : extract(Map.of("route_disruption", "disrupted"), text)) {
            assertThat(text.substring(e.evidenceStart(), e.evidenceEnd())).isEqualTo(e.evidence());
            assertThat(e.evidence()).doesNotContain("Officials");
        }
    }

    @Test
    void shouldKeepTheRulesEventAndAddNoSecondOfItsTypeInTheSameSentence() {
        String text = "Kazakhstan will not help Russia circumvent Western sanctions, the minister said.";
        List<ExtractedEvent> rulesOnly = EventExtractor.createRulesOnly()
                .extract(new ArticleInput("t.txt", text, null));
        List<ExtractedEvent> combined = extract(Map.of("sanction_statement", "oppose"), text);
        assertThat(rulesOnly).anyMatch(e -> e.type().equals("sanction_statement"));
        assertThat(combined).filteredOn(e -> e.type().equals("sanction_statement"))
                .extracting(ExtractedEvent::position)
                .containsExactlyElementsOf(rulesOnly.stream().filter(e -> e.type().equals("sanction_statement"))
                        .map(ExtractedEvent::position).toList());
    }

    @Test
    void shouldGiveTheRulesEventTheCalibratedProbabilityAsConfidence() {
        String text = "Kazakhstan will not help Russia circumvent Western sanctions, the minister said.";
        // the stub says "yes" with log-odds 10: calibrated probability 1/(1+e^-10), printed with two decimals
        assertThat(extract(Map.of("sanction_statement", "oppose"), text))
                .filteredOn(e -> e.type().equals("sanction_statement"))
                .allMatch(e -> e.confidence() == 1.0);
        // says "no" (log-odds -10): the same rule event is kept, with a low confidence
        assertThat(extract(Map.of(), text)).filteredOn(e -> e.type().equals("sanction_statement"))
                .isNotEmpty().allMatch(e -> e.confidence() == 0.0);
    }

    @Test
    void shouldNotAddAStanceToASentenceThatRefusesToJoinSanctions() {
        List<ExtractedEvent> events = extract(Map.of("stance", "distancing", "sanction_statement", "not_join"),
                "Hungary will not join sanctions on Russian nuclear energy.");
        assertThat(events).noneMatch(e -> e.type().equals("stance"));
    }

    @Test
    void shouldGiveEachListedStateItsOwnEvent() {
        List<ExtractedEvent> events = extract(Map.of("stance", "distancing"),
                "On Saturday Lithuania, Latvia and Estonia cut their power grids loose from Russia.");
        assertThat(events).filteredOn(e -> e.type().equals("stance"))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("LTU", "RUS"),
                        org.assertj.core.groups.Tuple.tuple("LVA", "RUS"),
                        org.assertj.core.groups.Tuple.tuple("EST", "RUS"));
    }

    @Test
    void shouldAddNoStanceWhenTheSentenceIsAConditionOrAnAnalystsView() {
        Map<String, String> says = Map.of("stance", "aligning");
        assertThat(extract(says, "Belarus is Russia's closest ally in the west, Kazakhstan said on Monday."))
                .anyMatch(e -> e.type().equals("stance"));
        assertThat(extract(says, "If Belarus was Russia's closest ally in the west, Kazakhstan was its second."))
                .noneMatch(e -> e.type().equals("stance"));
        assertThat(extract(says, "In his view, Kazakhstan is drawing closer to China every year."))
                .noneMatch(e -> e.type().equals("stance"));
    }
}
