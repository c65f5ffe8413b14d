package io.geowire.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hedges mark reported claims; spun (synonym-swapped) text still matches the rules. */
class HedgingAndSpinTest {

    @Test
    void shouldMarkHedgedWhenClaimIsAlleged() {
        ExtractedEvent e = Events.of("Tajikistan allegedly supplied Russia with drones.").get(0);
        assertThat(Events.key(e)).isEqualTo("stance TJK>RUS aligning");
        assertThat(e.hedged()).isTrue();
    }

    @Test
    void shouldMarkRumouredCutAsHedgedRisk() {
        ExtractedEvent e = Events.of("Rumours say Moscow could halt the Druzhba pipeline.").get(0);
        assertThat(Events.key(e)).isEqualTo("route DRUZHBA at_risk");
        assertThat(e.hedged()).isTrue();
    }

    @Test
    void shouldNotMarkHedgedWhenStatementIsPlain() {
        assertThat(Events.of("Tajikistan supplied Russia with drones.").get(0).hedged()).isFalse();
    }

    @Test
    void shouldReadSpunNonRecognitionWhenSynonymsWereSwapped() {
        // a spinner turned "openly stressed that it does not intend to recognize" into the words below
        assertThat(Events.keys("Bishkek brazenly confused that it doesn't intend to acknowledge the Luhansk "
                + "People's Republic.")).contains("stance KGZ>RUS distancing");
    }

    @Test
    void shouldReadSpunNeutralityWhenImpartialReplacesNeutral() {
        List<String> keys = Events.keys("Russia invaded Ukraine. Russia attacked. Armenia has tried to cling to a "
                + "impartial stance.");
        assertThat(keys).contains("stance ARM>RUS neutral");
    }

    @Test
    void shouldReadSpunSanctionsWhenTheyBecamePenalties() {
        assertThat(Events.keys("Serbia's overseas minister said Belgrade has not joined the western penalties "
                + "against Moscow.")).contains("sanction SRB not_join");
    }

    @Test
    void shouldReadWholeSpunParagraphWhenManyWordsWereSwapped() {
        String text = "Uzbekistan has additionally determined to cease utilizing Russia's Mir fee system. "
                + "In keeping with stories, oil exports by way of the Caspian Pipeline Consortium might fall by as much "
                + "as 20%. President Mirziyoyev visited Ankara final month. The 2 events agreed to accentuate their "
                + "commerce cooperation.";
        List<ExtractedEvent> events = Events.of(text);
        assertThat(Events.keys(events)).contains("stance UZB>RUS distancing", "route CPC at_risk",
                "stance UZB>TUR aligning");
        assertThat(events).filteredOn(e -> "CPC".equals(e.route())).allMatch(ExtractedEvent::hedged);
        assertThat(events).filteredOn(e -> "TUR".equals(e.target())).extracting(ExtractedEvent::date)
                .contains("2023-08");
    }

    @Test
    void shouldReadSpunSanctionEvasionWhenHelpingBecameServingTo() {
        assertThat(Events.keys("Armenia isn't serving to Russia to bypass financial sanctions."))
                .contains("sanction ARM refuse_circumvent", "stance ARM>RUS distancing");
    }
}
