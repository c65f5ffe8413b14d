package io.geowire.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Event dates are resolved against the publication date or a year guessed from the text. */
class DateResolutionTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 8, 10);

    private static String dateOf(String text, LocalDate published) {
        return Events.of(text, published).get(0).date();
    }

    @Test
    void shouldUsePublicationYearWhenDayHasNoYear() {
        assertThat(dateOf("On July 5, the Druzhba pipeline was halted.", PUBLISHED)).isEqualTo("2023-07-05");
    }

    @Test
    void shouldGiveMonthWhenOnlyMonthIsNamed() {
        assertThat(dateOf("In mid-April, Uzbekistan refused to support Russia.", PUBLISHED)).isEqualTo("2023-04");
    }

    @Test
    void shouldUsePreviousYearWhenMonthIsWellAfterPublication() {
        assertThat(dateOf("In December, Uzbekistan refused to support Russia.", PUBLISHED)).isEqualTo("2022-12");
    }

    @Test
    void shouldResolveRelativeDaysAgainstThePreviousDate() {
        String text = "On March 29, Armenia froze its participation in the CSTO. "
                + "Two days later, Yerevan signed an agreement with the European Union.";
        assertThat(Events.of(text, PUBLISHED)).extracting(ExtractedEvent::date)
                .containsExactly("2023-03-29", "2023-03-31");
    }

    @Test
    void shouldCarryOpeningDateToNextSentenceWhenItHasNone() {
        String text = "In January, protests broke out in Kazakhstan. The government asked the CSTO for help.";
        assertThat(Events.of(text, PUBLISHED).get(0).date()).isEqualTo("2023-01");
    }

    @Test
    void shouldResolveLastMonthAgainstPublication() {
        assertThat(dateOf("Last month Baku halted flows through the BTC pipeline.", PUBLISHED)).isEqualTo("2023-07");
    }

    @Test
    void shouldGuessYearFromTextWhenPublicationDateIsUnknown() {
        String text = "After the invasion of Ukraine, Kazakhstan changed course. "
                + "On July 5 a court suspended the Caspian Pipeline Consortium for 30 days.";
        assertThat(dateOf(text, null)).isEqualTo("2022-07-05");
    }

    @Test
    void shouldReadBylineDateWhenPublicationDateIsUnknown() {
        String text = "Some headline\nMarch 3, 2021\nIn February, Georgia refused to support Russia.";
        assertThat(dateOf(text, null)).isEqualTo("2021-02");
    }

    @Test
    void shouldGiveNullWhenNoYearCanBeKnown() {
        assertThat(dateOf("On July 5 Georgia refused to support Russia.", null)).isNull();
    }

    @Test
    void shouldNotTakeModalMayForAMonth() {
        assertThat(dateOf("Georgia may refuse to support Russia.", PUBLISHED)).isNull();
    }
}
