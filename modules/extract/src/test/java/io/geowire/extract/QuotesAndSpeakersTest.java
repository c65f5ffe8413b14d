package io.geowire.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reported speech: the speaker's state is the actor, the speaker and the attribution date are kept. */
class QuotesAndSpeakersTest {

    @Test
    void shouldAttributeQuoteWhenSpeakerFollowsIt() {
        List<ExtractedEvent> events = Events.of("“We will abide by the sanctions of the European Union,” "
                + "Szijjarto said on May 3.", LocalDate.of(2024, 6, 1));
        ExtractedEvent e = events.stream().filter(x -> x.type().equals("sanction_statement")).findFirst().orElseThrow();
        assertThat(e.actor()).isEqualTo("HUN");
        assertThat(e.position()).isEqualTo("comply");
        assertThat(e.speaker()).isEqualTo("Peter Szijjarto");
        assertThat(e.date()).isEqualTo("2024-05-03");
    }

    @Test
    void shouldAttributeQuoteWhenSpeakerPrecedesIt() {
        List<ExtractedEvent> events = Events.of("Lukashenko stressed that “we will never help anyone bypass "
                + "sanctions against China.”");
        assertThat(Events.keys(events)).contains("sanction BLR refuse_circumvent");
    }

    @Test
    void shouldAttributeMultiSentenceQuoteWhenSpeakerComesAtTheEnd() {
        String text = "“Our position is clear. We are going to observe the sanctions. We do not want trouble,” "
                + "Mirziyoyev told reporters.";
        assertThat(Events.keys(text)).contains("sanction UZB comply");
    }

    @Test
    void shouldNameTitleAsSpeakerWhenNoPersonIsNamed() {
        ExtractedEvent e = Events.of("Uzbekistan's Minister of Finance on Monday threatened to halt the shipment "
                + "of sanctioned machinery across the country.").get(0);
        assertThat(e.speaker()).isEqualTo("Minister of Finance");
    }
}
