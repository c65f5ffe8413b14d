package io.geowire.extract;

import io.geowire.extract.internal.DateResolver;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date rules of issues 10 and 11: target years and ranges, tense, weekdays, relative expressions, datelines and
 * the grace after publication. Sentences are our own.
 */
class DateRulesTest {
    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2025, 8, 19);

    private static ExtractedEvent first(String text, LocalDate published) {
        List<ExtractedEvent> events = Events.of(text, published);
        assertThat(events).as("events of: " + text).isNotEmpty();
        return events.get(0);
    }

    private static String dateOf(String text, LocalDate published) {
        return first(text, published).date();
    }

    // ---------------------------------------------------------------- target years and ranges (issue 10)

    @Test
    void shouldNotTakeTargetYearsOrRangesAsTheReferenceYearWhenUndated() {
        String text = "The 2020–2030 energy strategy and Vision 2035 set goals for exports by 2030. The ministry wants "
                + "to reach its 2032 target with a plan for 2024-2028 and a terminal until 2036. Output fell in 2021. "
                + "On May 5 the Druzhba pipeline was halted.";
        assertThat(dateOf(text, null)).isEqualTo("2021-05-05");
    }

    @Test
    void shouldNotReadTheStartOfALongerNumberAsAYear() {
        String text = "Deliveries through the Druzhba pipeline were halted on September 12 2094733 tonnes short of "
                + "the plan.";
        assertThat(dateOf(text, TUESDAY)).doesNotStartWith("2094").startsWith("2024-09");
    }

    @Test
    void shouldNotTakeAYearOfAFutureSentenceAsTheReferenceYearWhenUndated() {
        String text = "Exports fell in 2022. A new terminal will open in 2029. In June the CPC pipeline was halted.";
        assertThat(dateOf(text, null)).isEqualTo("2022-06");
    }

    @Test
    void shouldDateAYearlessMonthInTheYearItsParagraphTellsOfWhenThatYearIsPast() {
        String text = "The trouble for the exporters started in 2021. In March of that year the Druzhba pipeline was "
                + "halted for a week. In July the CPC pipeline was halted after a fire.";
        List<ExtractedEvent> events = Events.of(text, TUESDAY);
        assertThat(events).extracting(ExtractedEvent::date).containsExactly("2021-03", "2021-07");
    }

    @Test
    void shouldKeepThePublicationYearWhenTheStoryYearStandsInAnotherParagraphOrIsABound() {
        assertThat(dateOf("Exports fell in 2021.\n\nIn July the CPC pipeline was halted after a fire.", TUESDAY))
                .isEqualTo("2025-07");
        assertThat(dateOf("Exports have grown since 2021. In July the CPC pipeline was halted after a fire.", TUESDAY))
                .isEqualTo("2025-07");
    }

    @Test
    void shouldDateAPositionStatedInThePresentTenseAtPublicationWhenItHasNoDateOfItsOwn() {
        assertThat(dateOf("Kazakhstan does not recognise the Donetsk People's Republic.", TUESDAY))
                .isEqualTo("2025-08-19");
        assertThat(dateOf("Years ago Kazakhstan refused to recognise the Donetsk People's Republic.", TUESDAY))
                .isNull();
    }

    @Test
    void shouldNeverDateAPastEventAfterPublicationWhenTheYearIsLeftOut() {
        LocalDate march = LocalDate.of(2024, 3, 10);
        assertThat(dateOf("In May, Uzbekistan refused to support Russia.", march)).isEqualTo("2023-05");
        assertThat(dateOf("On April 2, the Druzhba pipeline was halted.", march)).isEqualTo("2023-04-02");
    }

    @Test
    void shouldPlaceAFutureMonthAfterPublicationWhenTheSentenceSpeaksOfTheFuture() {
        LocalDate november = LocalDate.of(2024, 11, 10);
        ExtractedEvent e = first("The Druzhba pipeline will be halted in February for repairs.", november);
        assertThat(e.date()).isEqualTo("2025-02");
        assertThat(e.status()).isEqualTo("at_risk");
    }

    // ---------------------------------------------------------------- future grace and route status

    @Test
    void shouldReportADisruptionDatedAfterPublicationAsAtRiskWhenBeyondTheGrace() {
        DateResolver.Context ctx = new DateResolver.Context(LocalDate.of(2024, 6, 4), null);
        assertThat(ctx.statusFor("2024-06-20", "disrupted")).isEqualTo("at_risk");
        assertThat(ctx.statusFor("2024-07", "restored")).isEqualTo("at_risk");
        assertThat(ctx.statusFor("2024-06-06", "disrupted")).isEqualTo("disrupted");
        assertThat(ctx.statusFor("2024-06", "restored")).isEqualTo("restored");
        assertThat(ctx.statusFor(null, "disrupted")).isEqualTo("disrupted");
        assertThat(ctx.statusFor("2024-06-20", "alternative")).isEqualTo("alternative");
    }

    @Test
    void shouldKeepTheDateOfAScheduledHaltWhenItFallsWithinTheGrace() {
        String text = "Gas flows through the TurkStream pipeline will be suspended from June 5 for maintenance.";
        assertThat(dateOf(text, LocalDate.of(2024, 6, 4))).isEqualTo("2024-06-05");
    }

    // ---------------------------------------------------------------- weekdays

    @Test
    void shouldTakeTheLastSuchWeekdayUpToPublicationWhenAWeekdayIsNamed() {
        assertThat(dateOf("On Monday, the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08-18");
        assertThat(dateOf("On Tuesday, the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08-19");
        assertThat(dateOf("The Druzhba pipeline was halted on Friday.", TUESDAY)).isEqualTo("2025-08-15");
    }

    @Test
    void shouldGoBackAWholeWeekWhenTheWeekdayIsLastAndIsThePublicationDay() {
        assertThat(dateOf("Last Tuesday the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08-12");
    }

    @Test
    void shouldLookForwardWhenTheWeekdayIsClearlyFuture() {
        assertThat(dateOf("The Druzhba pipeline will be halted on Friday for repairs.", TUESDAY))
                .isEqualTo("2025-08-22");
        assertThat(dateOf("The Druzhba pipeline is to be halted next Monday.", TUESDAY)).isEqualTo("2025-08-25");
    }

    @Test
    void shouldDateTheStatementWhenASpeechVerbPrecedesTheWeekday() {
        String text = "Hungary refused to support Ukraine, Szijjarto said on Monday, adding that talks will resume.";
        assertThat(dateOf(text, TUESDAY)).isEqualTo("2025-08-18");
    }

    // ---------------------------------------------------------------- relative expressions

    @Test
    void shouldResolveRelativeDaysAndWeeksAgainstPublication() {
        assertThat(dateOf("Yesterday the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08-18");
        assertThat(dateOf("Today the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08-19");
        assertThat(dateOf("Last week the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08");
        assertThat(dateOf("This week the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-08");
        assertThat(dateOf("Three weeks ago the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-07");
        assertThat(dateOf("Two months ago the Druzhba pipeline was halted.", TUESDAY)).isEqualTo("2025-06");
    }

    @Test
    void shouldResolveAMonthLaterAgainstTheLastDateSeen() {
        String text = "On March 3, Armenia froze its participation in the CSTO. "
                + "A month later, Yerevan signed an agreement with the European Union.";
        assertThat(Events.of(text, TUESDAY)).extracting(ExtractedEvent::date).containsExactly("2025-03-03", "2025-04");
    }

    @Test
    void shouldNotReadAWeekBeforeAsADateWhenItIsAPreposition() {
        String text = "In January, Kazakhstan asked the CSTO for help. "
                + "Astana waited a week before announcing in early March that it refused to support Russia.";
        assertThat(Events.of(text, LocalDate.of(2022, 9, 9))).extracting(ExtractedEvent::date).contains("2022-03");
    }

    // ---------------------------------------------------------------- datelines

    @Test
    void shouldResolveAgainstTheDatelineWhenThePublicationDateIsUnknown() {
        String text = "BUDAPEST, Aug 19, 2025 (Wirenews) - The Druzhba pipeline was halted on Monday, MOL said.";
        assertThat(dateOf(text, null)).isEqualTo("2025-08-18");
    }

    @Test
    void shouldNotTakeTheDatelineForTheDateOfTheFirstEvent() {
        String text = "ASTANA, Feb 18, 2025 (Wirenews) - The CPC pipeline was halted after a storm damaged a buoy.";
        assertThat(dateOf(text, null)).isNull();
    }

    // ---------------------------------------------------------------- carry-over and statements

    @Test
    void shouldGiveAPronounSentenceTheDateOfThePreviousSentence() {
        String text = "Georgia has not joined Western sanctions, the prime minister said on Friday. "
                + "He insisted that Georgia would never allow its territory to be used to circumvent the sanctions.";
        assertThat(Events.of(text, TUESDAY)).extracting(ExtractedEvent::date).containsOnly("2025-08-15");
    }

    @Test
    void shouldDateAStatementWithoutADayAtThePublicationDate() {
        String text = "Georgia would never allow its territory to be used to circumvent the sanctions, the prime "
                + "minister said.";
        assertThat(dateOf(text, TUESDAY)).isEqualTo("2025-08-19");
        String earlier = "Georgia has repeatedly said it would never allow its territory to be used to circumvent the "
                + "sanctions.";
        assertThat(dateOf(earlier, TUESDAY)).isNull();
    }

    @Test
    void shouldLeaveAStatementUndatedWhenThePublicationDateIsOnlyEstimated() {
        String text = "Georgia would never allow its territory to be used to circumvent the sanctions, the prime "
                + "minister said.";
        EventExtractor extractor = EventExtractor.createDefault();

        List<ExtractedEvent> estimated = extractor.extract(new ArticleInput("a.txt", text, TUESDAY, true));
        List<ExtractedEvent> stated = extractor.extract(new ArticleInput("a.txt", text, TUESDAY, false));

        assertThat(estimated).isNotEmpty().extracting(ExtractedEvent::date).containsOnlyNulls();
        assertThat(stated).extracting(ExtractedEvent::date).contains("2025-08-19");
    }

    @Test
    void shouldDateAReportedIntentionWhenItWasSaid() {
        String text = "Mirziyoyev said in May that Uzbekistan would connect its railway to the Middle Corridor, whose "
                + "construction began in December.";
        assertThat(dateOf(text, LocalDate.of(2025, 6, 12))).isEqualTo("2025-05");
    }
}
