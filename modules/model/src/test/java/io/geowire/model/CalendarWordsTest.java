package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarWordsTest {
    private final CalendarWords words = CalendarWords.get();

    @Test
    void shouldKnowEveryMonthInEveryBylineLanguage() {
        for (String language : new String[] {"en", "it", "fr", "de", "es", "ru"}) {
            assertThat(words.months().stream().filter(m -> m.language().equals(language)).map(CalendarWords.MonthName::month).distinct())
                    .as(language).hasSize(12);
        }
        assertThat(words.months()).anySatisfy(m -> {
            assertThat(m.spelling()).isEqualTo("settembre");
            assertThat(m.month()).isEqualTo(9);
            assertThat(m.capitalised()).isFalse();
        });
    }

    @Test
    void shouldMarkSpunMonthsSoIngestCanSkipThem() {
        assertThat(words.months()).filteredOn(CalendarWords.MonthName::spun)
                .extracting(CalendarWords.MonthName::spelling).containsExactly("might");
    }

    @Test
    void shouldDateATextByTheLatestWorldEventItNamesWhateverItsCase() {
        String text = "Since the annexation of Crimea and the Russia–Ukraine war... no: since the full-scale\ninvasion of UKRAINE.";
        assertThat(words.latestAnchor(text)).contains(LocalDate.of(2022, 2, 24));
        assertThat(words.latestAnchor("After the annexation of Crimea, trade fell.")).contains(LocalDate.of(2014, 3, 18));
    }

    @Test
    void shouldNotDateATextWhenAPhraseIsOnlyPartOfAWord() {
        assertThat(words.latestAnchor("The covidence of two views.")).isEmpty();
        assertThat(words.latestAnchor("No world event is named here.")).isEmpty();
    }

    @Test
    void shouldFrameADatelineAfterAPlaceAndBeforeAnAgency() {
        String text = "BUDAPEST, Aug 19, 2025 (Agency) - Flows resumed.";
        int start = text.indexOf("Aug");
        int end = text.indexOf(" (");
        assertThat(CalendarWords.framesDateline(text, 0, start, end)).isTrue();
        String sentence = "Officials in Budapest said on Aug 19, 2025 that flows resumed.";
        assertThat(CalendarWords.framesDateline(sentence, 0, sentence.indexOf("Aug"), sentence.indexOf(" that"))).isFalse();
    }

    @Test
    void shouldFrameADatelineAfterSeveralLabelSegments() {
        for (String line : new String[] {"Analysis | Northern Policy Journal | 3 May 2024",
                "Gulf Markets Weekly - commentary - 3 May 2024"}) {
            int start = line.indexOf("3 May");
            assertThat(CalendarWords.framesDateline(line, 0, start, line.length())).as(line).isTrue();
        }
        String sentence = "The ministers of Oman, Qatar and Kuwait met on 3 May 2024 in Doha.";
        int start = sentence.indexOf("3 May");
        assertThat(CalendarWords.framesDateline(sentence, 0, start, start + 10)).isFalse();
    }

    @Test
    void shouldFrameADatelineWhenAWeekdayHeadsItsDate() {
        for (String line : new String[] {"Desk live coverage, Monday 17 July 2023. All times GMT.",
                "News Desk | Wednesday, 23 October 2024 | refreshed automatically", "Friday 9 May 2025",
                "By A. Writer | Trade & Energy Review | 3 June 2024"}) {
            int start = line.indexOf(line.contains("June") ? "3 June" : line.contains("July") ? "17 July"
                    : line.contains("October") ? "23 October" : "9 May");
            int end = line.indexOf("20", start) + 4;
            assertThat(CalendarWords.framesDateline(line, 0, start, end)).as(line).isTrue();
        }
    }

    @Test
    void shouldNotFrameADatelineWhenTheWeekdayEndsASentenceClause() {
        String sentence = "Flows stopped on Tuesday, March 3, 2024. Traders said more.";
        int start = sentence.indexOf("March");
        assertThat(CalendarWords.framesDateline(sentence, 0, start, sentence.indexOf("."))).isFalse();
    }

    @Test
    void shouldLookForDatelinesInTheFirstNonBlankLinesOnly() {
        assertThat(CalendarWords.openingLines("\nTitle\n\nBy A. Writer\nMOSCOW, May 2\nBody\nMore"))
                .containsExactly("Title", "By A. Writer", "MOSCOW, May 2", "Body");
    }
}
