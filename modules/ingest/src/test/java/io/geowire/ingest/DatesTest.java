package io.geowire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.ingest.internal.DateEstimator;
import io.geowire.ingest.internal.DateParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "July 13, 2022|2022-07-13",
        "09 settembre 2022|2022-09-09",
        "13 juillet 2022|2022-07-13",
        "1er août 2021|2021-08-01",
        "13. Juli 2022|2022-07-13",
        "13 de julio de 2022|2022-07-13",
        "13 июля 2022|2022-07-13",
        "2022-07-13|2022-07-13",
        "Published: 3 March 2024|2024-03-03",
        "Sept. 4, 2019 10:15 am|2019-09-04",
        "13.07.2022|2022-07-13",
        "TIRANA, May 20, 2023 (Wirenews)|2023-05-20",
        "Dushanbe, 14 October 2025|2025-10-14",
        "Commentary, October 2, 2023|2023-10-02",
        "Interview, published November 18, 2024|2024-11-18",
        "By the staff of Steppe Energy Weekly, February 3, 2025|2025-02-03"})
    void shouldReadADateLineWhenWrittenInASupportedLanguage(String line, String expected) {
        assertThat(DateParser.get().dateLine(line)).contains(LocalDate.parse(expected));
    }

    @Test
    void shouldReadADateLineWhenALabelAndABarPrecedeTheDate() {
        assertThat(DateParser.get().dateLine("Analysis | June 12, 2025")).contains(LocalDate.of(2025, 6, 12));
    }

    @Test
    void shouldReadADateLineWhenSeveralLabelsPrecedeTheDate() {
        assertThat(DateParser.get().dateLine("Analysis | Northern Policy Journal | 3 May 2024"))
                .contains(LocalDate.of(2024, 5, 3));
        assertThat(DateParser.get().dateLine("Gulf Markets Weekly - commentary - 3 May 2024"))
                .contains(LocalDate.of(2024, 5, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The ministry may publish its report soon",
        "We will march on Tuesday",
        "Kazakhstan shares a 7,644-kilometre border",
        "July 13, 2022, was a hot day in the capital city of the province",
        "In Aktau, March 3, 2024 brought the first tanker of the season",
        "Oil flows stopped on Tuesday, March 3, 2024"})
    void shouldNotTakeALineForADateLineWhenItIsNotOne(String line) {
        assertThat(DateParser.get().dateLine(line)).isEmpty();
    }

    @Test
    void shouldTakeTheLatestMentionedDateInTheLatestYearWhenEstimating() {
        String text = "Exports fell in 2019 and again in September 2020. On March 3 the ministry changed the rules, "
                + "and in May it announced a review that will run until November 30.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2020, 9, 1));
        String later = text + " The first results came on October 12.";
        assertThat(new DateEstimator().estimate(later)).contains(LocalDate.of(2020, 10, 12));
    }

    @Test
    void shouldPlaceYearlessDatesAfterAWorldEventTheTextMentionsWhenEstimating() {
        String text = "Since the invasion of Ukraine, trade has shifted. In September 2021 the company had planned "
                + "a new line; on May 9 the parade was cancelled.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2022, 5, 9));
    }

    @Test
    void shouldNotReadQuantitiesOrTargetsAsYearsWhenEstimating() {
        String text = "In 2019 the port handled 2030 ships, and the plan called Vision 2040 aims higher.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2019, 1, 1));
        assertThat(new DateEstimator().estimate("Trade grew by 3% relative to 2021. It may double by 2030."))
                .contains(LocalDate.of(2021, 1, 1));
    }

    @Test
    void shouldIgnoreTargetYearsAndYearRangesWhenEstimating() {
        String text = "Exports fell in 2021. The government adopted the 2020–2030 energy strategy and its Vision 2035. "
                + "It wants to reach the 2032 target, with a plan for 2024-2028 and new pipelines by the end of 2029.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2021, 1, 1));
    }

    @Test
    void shouldIgnoreDatesOfPlannedEventsWhenEstimating() {
        String text = "Flows were cut on March 3, 2024. The operator will reopen the line in June, and a new "
                + "terminal is expected to open in 2027.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2024, 3, 3));
    }

    @Test
    void shouldPreferTheDatelineWhenTheTextNamesLaterDates() {
        String text = "ASTANA, Feb 18, 2025 (Wirenews) - Loadings stopped on Monday, the operator said. Repairs are "
                + "due by March 30 and exports should recover in May.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2025, 2, 18));
    }

    @Test
    void shouldTakeTheYearOfAYearlessDatelineFromTheTextWhenEstimating() {
        // no weekday in the lead: the year is the latest the text names
        String text = "BAKU, March 3 (Wirenews) - Flows through the line resumed after a halt that began "
                + "on February 26. Output had fallen in 2024 and the ministry published new figures in January.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2024, 3, 3));
    }

    @Test
    void shouldTakeTheYearWhoseDatelineDayFallsOnTheLeadsWeekdayWhenTheDatelineHasNoYear() {
        // Nov 9 is a Thursday in 2023, not in 2022 (the invasion of Ukraine): the article cannot be from 2022
        String text = "ASTANA, Nov 9 (Wirenews) - The Russian president arrived in Astana on Thursday for his first "
                + "visit since the invasion of Ukraine.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2023, 11, 9));
    }

    @Test
    void shouldTakeTheLastAgreeingYearUpToTodayWhenTheTextNamesNoYear() {
        java.time.Clock today = java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T12:00:00Z"),
                java.time.ZoneOffset.UTC);
        // Dec 7 is a Thursday in 2023 and next in 2028
        String text = "YEREVAN, Dec 7 (Wirenews) - The two governments agreed on Thursday to release prisoners.";
        assertThat(new DateEstimator(today).estimate(text)).contains(LocalDate.of(2023, 12, 7));
    }

    private static final java.time.Clock DEC_2026 = java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-06T12:00:00Z"), java.time.ZoneOffset.UTC);

    @Test
    void shouldReadAJointDatelineWhenTwoCapitalsShareIt() {
        // Oct 5 is a Thursday in 2023 (and 2017); nothing else in the text dates it
        String text = "KYIV/WARSAW, Oct 5 (Wirenews) - The two governments agreed on Thursday to reopen the "
                + "grain crossing.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2023, 10, 5));
    }

    @Test
    void shouldFindTheLeadsWeekdayInTheNextParagraphWhenTheFirstNamesNone() {
        // "Thursday evening" in a Dec 15 dateline: Dec 14 is a Thursday in 2023
        String text = "OSLO, Dec 15 (Wirenews) - Leaders agreed to open talks with the two candidates but left the "
                + "budget for later.\n\nThe decision was taken on Thursday evening while one leader was out of the "
                + "room, officials said.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2023, 12, 15));
    }

    @Test
    void shouldTakeTheLatestAgreeingYearUpToTodayWhenTheTextNamesOnlyBackgroundYears() {
        // Sept 3 is a Tuesday in 2019 and 2024: a year the story names as background ("since 2018") only bounds it
        String text = "ANKARA, Sept 3 (Wirenews) - The ruling party confirmed on Tuesday that the country had asked "
                + "to join the group. Its accession talks with the bloc have been frozen since 2018.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2024, 9, 3));
    }

    @Test
    void shouldDateByTheLeadsWeekdayWhenTheTextsLatestYearLiesAfterEveryAgreeingYear() {
        // Sept 25 is a Sunday in 2022 and next in 2033: the years of a plan ("meetings for 2023 and 2024") are no
        // lower bound the weekday must obey
        String text = "BELGRADE, Sept 25 (Wirenews) - The foreign minister on Sunday defended a plan he signed in New "
                + "York. The document sets out meetings between the two ministries for 2023 and 2024.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2022, 9, 25));
    }

    @Test
    void shouldReadLateOnAWeekdayAsTheDayBeforeTheDatelineWhenPickingItsYear() {
        // Feb 23 2023 is itself a Thursday, but "late on Thursday" in a Feb 23 dateline is the evening before: 2024
        String text = "YEREVAN, Feb 23 (Wirenews) - The prime minister said in an interview aired late on Thursday "
                + "that the country had frozen its membership. In January 2023 it declined to host a drill.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2024, 2, 23));
    }

    @Test
    void shouldReadTheWeekdayAsTheDayBeforeWhenTheDatelinesOwnDayAgreesOnlyYearsEarlier() {
        // Aug 15 is a Wednesday in 2018 only (from 2015 to today), the day after a Wednesday in 2019 and 2024: a story
        // filed the morning after is likelier than one eight years old
        String text = "LIMA, Aug 15 (Wirenews) - The government signed a decree on Wednesday that halts sales of "
                + "the metal to the neighbouring country, two ministers said.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2024, 8, 15));
    }

    @Test
    void shouldDateAYearlessDatelineAfterTheLatestDateTheTextTellsOfWhenPickingItsYear() {
        // Feb 2 2023 is a Thursday, but the story tells of November 2023: the next agreeing year, 2024, where Feb 2
        // is the day after a Thursday
        String text = "TALLINN, Feb 2 (Wirenews) - Guards turned back lorries at the river crossing on Thursday. "
                + "The crossing has been closed to cars since November 2023.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2024, 2, 2));
    }

    @Test
    void shouldFindTheWeekdayBeyondTheLeadWhenTheLeadNamesNone() {
        // the first weekday comes after 400 characters; May 6 is the day after a Friday in 2023 (and 2017)
        String text = "NEW DELHI, May 6 (Wirenews) - Payments for crude bought in rupees have piled up in accounts "
                + "that the seller cannot spend, and both governments now look for ways to use them in trade, in "
                + "loans or in investments.\n\nBanks on both sides have asked their central banks for guidance, "
                + "and traders say the discount on cargoes has narrowed as the balances grew. Shipping firms have "
                + "also been asked to accept the currency for freight, so far with little success.\n\n"
                + "\"This is a problem,\" the visiting foreign minister told reporters late on Friday.";
        assertThat(text.indexOf("Friday")).isGreaterThan(400);
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2023, 5, 6));
    }

    @Test
    void shouldDateByTheWeekdayOfAStatementWhenTheReportedClauseSpeaksOfTheFuture() {
        // "will reopen ..., the two governments said on Wednesday": the saying is past; April 12 is a Wednesday in
        // 2017 and 2023, so not the year of the background (2017) but the latest agreeing one
        String text = "MANAMA, April 12 (Wirenews) - The two kingdoms will reopen their embassies within weeks, the "
                + "two governments said on Wednesday. Flights between them stopped in 2017.";
        assertThat(new DateEstimator(DEC_2026).estimate(text)).contains(LocalDate.of(2023, 4, 12));
    }

    @Test
    void shouldKeepTheTextsYearWhenTheLeadNamesAWeekdayOfAPlan() {
        String text = "BAKU, March 3 (Wirenews) - Ministers will meet on Monday. Output had fallen in 2024.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2024, 3, 3));
    }

    @Test
    void shouldNotTakeAHopedOrExpectedYearForTheTimeOfWritingWhenEstimating() {
        String text = "Officials said they hoped construction could start in 2026. The opening is now expected in "
                + "2027. The concept to 2035 speaks of new routes. Output fell in 2022.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2022, 1, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Saturday, 10 August 2024;2024-08-10",
        "Eurasia Desk live coverage | Wednesday, 23 October 2024 | refreshed automatically;2024-10-23",
        "By A. Writer | Trade & Energy Review | 3 June 2024;2024-06-03"})
    void shouldReadAHeaderDateLineWhenAWeekdayOrAnAmpersandLabelHeadsIt(String line, String expected) {
        assertThat(DateParser.get().dateLine(line)).contains(LocalDate.parse(expected));
    }

    @Test
    void shouldReadALiveCoverageLineAsTheDatelineWhenEstimating() {
        String text = "LIVE: talks in Kazan\nDesk live coverage, Monday 17 July 2023. All times GMT.\n\n16:40\n"
                + "The envoy said talks would resume in 2025.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2023, 7, 17));
    }

    @Test
    void shouldReadAPublishedLabelAsTheDatelineWhenEstimating() {
        String text = "Some headline about gas\nPublished: 5 June 2024, 10:15\nOn June 20 the ministers will meet.";
        assertThat(new DateEstimator().estimate(text)).contains(LocalDate.of(2024, 6, 5));
    }

    @Test
    void shouldEstimateNothingWhenTheTextMentionsNoDate() {
        assertThat(new DateEstimator().estimate("Nothing here says when this was written.")).isEqualTo(
                Optional.empty());
    }

    @Test
    void shouldMarkTheDateAsEstimatedWhenTheArticleStatesNone() {
        String text = Samples.text(Samples.STRIKE).strip() + " The strike began on 14 October 2023, the union said.\n";
        IngestedArticle a = Runs.one(Runs.write(dir, "undated.txt", text));
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 14));
        assertThat(a.publishedEstimated()).isTrue();
    }

    @Test
    void shouldLeaveTheDateEmptyWhenTheArticleMentionsNone() {
        IngestedArticle a = Runs.one(Runs.write(dir, "timeless.txt", Samples.text(Samples.SOLAR)));
        assertThat(a.published()).isNull();
        assertThat(a.publishedEstimated()).isFalse();
    }
}
