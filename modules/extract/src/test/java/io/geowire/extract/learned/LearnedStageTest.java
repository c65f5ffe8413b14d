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

    @Test
    void shouldAddNoStanceTowardsAStateWhenItIsNamedOnlyInAComparison() {
        Map<String, String> says = Map.of("stance", "distancing");
        assertThat(extract(says, "Georgia, unlike Armenia, has frozen its talks with Russia."))
                .filteredOn(e -> e.type().equals("stance"))
                .noneMatch(e -> e.target().equals("ARM") || e.actor().equals("ARM"));
        assertThat(extract(says, "The minister spoke in Georgian rather than Russian, a choice noted in Tbilisi."))
                .noneMatch(e -> e.type().equals("stance"));
    }

    @Test
    void shouldKeepAStanceWhenTheComparedStateIsNotOneOfItsParties() {
        assertThat(extract(Map.of("stance", "aligning"),
                "Hungary, unlike Poland and Slovakia, has agreed to pay Russia in roubles."))
                .filteredOn(e -> e.type().equals("stance"))
                .extracting(ExtractedEvent::actor, ExtractedEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("HUN", "RUS"));
    }

    @Test
    void shouldAddNoSanctionStatementWhenAStateLimitsItsOwnExports() {
        Map<String, String> says = Map.of("sanction_statement", "support");
        assertThat(extract(says, "Uzbekistan's government plans to impose restrictions on the export of rice and "
                + "onions from next month.")).noneMatch(e -> e.type().equals("sanction_statement"));
    }

    @Test
    void shouldKeepAnExportMeasureAsASanctionWhenItNamesATargetOrSanctions() {
        Map<String, String> says = Map.of("sanction_statement", "support");
        assertThat(extract(says, "Turkey imposed restrictions on the export of steel and fertiliser to Israel on Tuesday."))
                .anyMatch(e -> e.type().equals("sanction_statement") && e.actor().equals("TUR"));
        assertThat(extract(says, "Uzbekistan imposed an export ban on dual-use goods under the sanctions regime."))
                .anyMatch(e -> e.type().equals("sanction_statement") && e.actor().equals("UZB"));
    }

    @Test
    void shouldGiveAQuotedSanctionPositionToTheSpeakerWhenTheQuotedSentenceNamesNoOtherActor() {
        List<ExtractedEvent> events = extract(Map.of("sanction_statement", "comply"),
                "\u201cWe trade with Russia, Belarus and Armenia. We will abide by the sanctions of the EU,\u201d "
                        + "Kazakh deputy foreign minister Roman Vassilenko said on Monday.");
        assertThat(events).filteredOn(e -> e.type().equals("sanction_statement")
                        && e.evidence().startsWith("We will abide"))
                .extracting(ExtractedEvent::actor).containsOnly("KAZ");
    }

    @Test
    void shouldAddNoStanceWhenTheSentenceRecallsYearsBeforeTheArticle() {
        Map<String, String> says = Map.of("stance", "distancing");
        String history = "Georgia drew closer to Turkey in May 2009 over energy.";
        assertThat(engineExtract(says, history, java.time.LocalDate.of(2024, 3, 1)))
                .noneMatch(e -> e.type().equals("stance"));
        assertThat(engineExtract(says, history, java.time.LocalDate.of(2010, 3, 1)))
                .anyMatch(e -> e.type().equals("stance"));
    }

    private static List<ExtractedEvent> engineExtract(Map<String, String> says, String text,
                                                      java.time.LocalDate published) {
        Engine engine = new Engine(new DataFiles(null), EventExtractor.VERSION, StubModels.saying(says),
                StubModels.constantEncoder());
        return engine.extract(new ArticleInput("t.txt", text, published));
    }

    @Test
    void shouldAddNoSanctionSupportForTheStateWhosePeopleTheSanctionsHit() {
        Map<String, String> says = Map.of("sanction_statement", "support");
        assertThat(extract(says, "Armenian and Uzbek firms have been added to the sanctions list this spring."))
                .noneMatch(e -> e.type().equals("sanction_statement")
                        && (e.actor().equals("ARM") || e.actor().equals("UZB")));
        assertThat(extract(says, "The sanctions package imposes entry bans on Moldovan officials."))
                .noneMatch(e -> e.type().equals("sanction_statement") && e.actor().equals("MDA"));
    }

    @Test
    void shouldKeepASanctionSupportWhenItsStateImposesTheMeasures() {
        assertThat(extract(Map.of("sanction_statement", "support"),
                "Lithuania imposed entry bans on Russian officials on Friday."))
                .anyMatch(e -> e.type().equals("sanction_statement") && e.actor().equals("LTU"));
    }

    @Test
    void shouldAddNoStanceWhenItsPartiesAreNamedOnlyInAConcession() {
        Map<String, String> says = Map.of("stance", "aligning");
        assertThat(extract(says, "Although Armenia still buys most of its gas from Russia, the government is "
                + "looking for new suppliers.")).noneMatch(e -> e.type().equals("stance"));
        assertThat(extract(says, "Although talks stalled last year, Armenia signed a gas deal with Russia on Monday."))
                .anyMatch(e -> e.type().equals("stance") && e.actor().equals("ARM") && e.target().equals("RUS"));
    }
}
