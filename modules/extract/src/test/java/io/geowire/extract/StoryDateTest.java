package io.geowire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How news reporting dates what it tells (xdate): the story's day stated once in the lead, "this morning", a span of
 * days. Sentences are our own.
 */
class StoryDateTest {
    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2025, 8, 19);

    private static List<String> dates(String text, LocalDate published) {
        List<ExtractedEvent> events = Events.of(text, published);
        assertThat(events).as("events of: " + text).isNotEmpty();
        return events.stream().map(ExtractedEvent::date).toList();
    }

    @Test
    void shouldDateUndatedNewsAtTheLeadsDayWhenTheLeadStatesIt() {
        String text = "VIENNA, Aug 19, 2025 (Wirenews) - Ministers of the two countries met on Monday to discuss "
                + "the winter.\n\nLoadings through the CPC pipeline were halted after a storm damaged a mooring.";
        assertThat(dates(text, null)).containsOnly("2025-08-18");
    }

    @Test
    void shouldLeaveNewsUndatedWhenItPointsBackOrTheLeadStatesNoDay() {
        String background = "VIENNA, Aug 19, 2025 (Wirenews) - Ministers of the two countries met on Monday to discuss "
                + "the winter.\n\nLoadings through the CPC pipeline had been halted after a storm damaged a mooring.";
        assertThat(dates(background, null)).containsOnly((String) null);
        String perfect = "VIENNA, Aug 19, 2025 (Wirenews) - Ministers of the two countries met on Monday to discuss "
                + "the winter.\n\nLoadings through the CPC pipeline have been halted after a storm damaged a mooring.";
        assertThat(dates(perfect, null)).containsOnly((String) null);
        String noDay = "VIENNA, Aug 19, 2025 (Wirenews) - Ministers of the two countries met to discuss the winter."
                + "\n\nLoadings through the CPC pipeline were halted after a storm damaged a mooring.";
        assertThat(dates(noDay, null)).containsOnly((String) null);
    }

    @Test
    void shouldLeaveNewsUndatedWhenItsParagraphTellsOfAnotherTime() {
        String text = "VIENNA, Aug 19, 2025 (Wirenews) - Ministers of the two countries met on Monday to discuss "
                + "the winter.\n\nA storm hit the coast in March 2021. Loadings through the CPC pipeline were halted "
                + "after it damaged a mooring.";
        assertThat(dates(text, null)).containsOnly((String) null);
    }

    @Test
    void shouldDateThisMorningAtThePublicationDayWhenAStoryReportsIt() {
        assertThat(dates("Deliveries through the Druzhba pipeline were halted this morning.", TUESDAY))
                .containsOnly("2025-08-19");
    }

    @Test
    void shouldDateASpanOfDaysByItsFirstDayWhenWrittenDayFirst() {
        assertThat(dates("On 11-12 March the Druzhba pipeline was halted for repairs.", TUESDAY))
                .containsOnly("2025-03-11");
    }
}
