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
        // article spinners swap "openly" for "brazenly" and "stressed" for "confused"; the rule must still fire
        assertThat(Events.keys("Yesterday Bishkek brazenly confused in a note to Moscow that it has no plan to "
                + "acknowledge the separatist Luhansk People's Republic.")).contains("stance KGZ>RUS distancing");
    }

    @Test
    void shouldReadSpunNeutralityWhenImpartialReplacesNeutral() {
        List<String> keys = Events.keys("Russia invaded Ukraine. Russia attacked. Since then Armenia has kept an "
                + "impartial stance on the fighting.");
        assertThat(keys).contains("stance ARM>RUS neutral");
    }

    @Test
    void shouldReadSpunSanctionsWhenTheyBecamePenalties() {
        assertThat(Events.keys("Serbia's overseas minister said Belgrade has not joined the western penalties "
                + "against Moscow.")).contains("sanction SRB not_join");
    }

    @Test
    void shouldReadWholeSpunParagraphWhenManyWordsWereSwapped() {
        String text = "Uzbekistan will moreover cease utilizing Russian Mir fee cards at its banks. "
                + "Crude shipments by way of the Caspian Pipeline Consortium could drop by a fifth, based on "
                + "stories in the local press. Final month Mirziyoyev visited Ankara. Later the 2 events pledged to "
                + "broaden commerce ties.";
        List<ExtractedEvent> events = Events.of(text);
        assertThat(Events.keys(events)).contains("stance UZB>RUS distancing", "route CPC at_risk",
                "stance UZB>TUR aligning");
        assertThat(events).filteredOn(e -> "CPC".equals(e.route())).allMatch(ExtractedEvent::hedged);
        assertThat(events).filteredOn(e -> "TUR".equals(e.target())).extracting(ExtractedEvent::date)
                .contains("2023-08");
    }

    @Test
    void shouldReadSpunSanctionEvasionWhenHelpingBecameServingTo() {
        assertThat(Events.keys("Officials stress that Armenia isn't serving to Moscow to dodge Western sanctions."))
                .contains("sanction ARM refuse_circumvent", "stance ARM>RUS distancing");
    }
}
