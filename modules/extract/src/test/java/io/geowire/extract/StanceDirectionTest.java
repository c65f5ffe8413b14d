package io.geowire.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stance direction and polarity read from the wording (issue 11, helper xdir). Own sentences, rules only: the
 * classifier reads the same sentences on its own.
 */
class StanceDirectionTest {

    private static final EventExtractor RULES = EventExtractor.createRulesOnly();

    private static List<String> stances(String text) {
        return Events.keys(RULES.extract(new ArticleInput("t.txt", text, LocalDate.of(2023, 5, 2)))).stream()
                .filter(k -> k.startsWith("stance ")).toList();
    }

    @Test
    void shouldReadDistancingWhenAStateAsksAnotherToWithdrawItsMeasure() {
        assertThat(stances("Japan asked China through diplomatic channels to withdraw the ban at once."))
                .contains("stance JPN>CHN distancing").doesNotContain("stance JPN>CHN aligning");
    }

    @Test
    void shouldReadDistancingWhenAStateAsksAnotherToLeaveABank() {
        assertThat(stances("The United States had asked Hungary to leave the bank."))
                .contains("stance USA>HUN distancing").doesNotContain("stance USA>HUN aligning");
    }

    @Test
    void shouldStillReadAnInvitationAsAligningWhenNothingIsToBeUndone() {
        assertThat(stances("Kazakhstan asked Turkey to send experts to the port."))
                .contains("stance KAZ>TUR aligning");
    }

    @Test
    void shouldMakeTheHostTheActorWhenALeaderWelcomesAVisitor() {
        assertThat(stances("Xi Jinping welcomed Alexander Lukashenko at the Great Hall of the People on Wednesday."))
                .contains("stance CHN>BLR aligning").doesNotContain("stance BLR>CHN aligning");
        assertThat(stances("President Aleksandar Vucic, who hosted Viktor Orban, spoke of a reliable friend."))
                .contains("stance SRB>HUN aligning");
    }

    @Test
    void shouldReadAligningWithTheNeutralPartyWhenAStateWelcomesAnothersNeutrality() {
        assertThat(stances("The statement said China welcomed Turkmenistan's status of permanent neutrality."))
                .contains("stance CHN>TKM aligning").doesNotContain("stance CHN>TKM neutral");
        assertThat(stances("The Chinese side reaffirmed its respect for the status of permanent neutrality of Turkmenistan."))
                .contains("stance CHN>TKM aligning");
        assertThat(stances("Kremlin spokesman Dmitry Peskov said Russia valued Turkey's offers of mediation."))
                .contains("stance RUS>TUR aligning").doesNotContain("stance RUS>TUR neutral");
    }

    @Test
    void shouldStillReadAStatesOwnNeutralityAsNeutral() {
        assertThat(stances("Kazakhstan will keep its neutrality on the war between Russia and Ukraine."))
                .anyMatch(k -> k.startsWith("stance KAZ>") && k.endsWith(" neutral"));
    }

    @Test
    void shouldReadAligningWithThePartyWhenAStateOpposesMeasuresAgainstIt() {
        assertThat(stances("Hungary's government has said it opposes any measures against Georgia."))
                .contains("stance HUN>GEO aligning").doesNotContain("stance HUN>GEO distancing");
        assertThat(stances("China resolutely opposed interference by any force in Kazakhstan's internal affairs."))
                .contains("stance CHN>KAZ aligning").doesNotContain("stance CHN>KAZ distancing");
    }

    @Test
    void shouldStillReadDistancingWhenAStateOpposesAnotherParty() {
        assertThat(stances("Hungary opposes Ukraine's membership of NATO."))
                .contains("stance HUN>UKR distancing");
    }

    @Test
    void shouldNotReadSeveralAsSeveringTies() {
        assertThat(stances("Kazakhstan has sent several consignments of humanitarian aid to Ukraine since last spring."))
                .doesNotContain("stance KAZ>UKR distancing");
    }

    @Test
    void shouldNotReadBackAsSupportWhenItIsAnAdverbOfMovement() {
        assertThat(stances("The president ordered his plane to turn back to Azerbaijan.")).isEmpty();
        assertThat(stances("The ship sailed back towards Russia, the ambassador said.")).isEmpty();
        assertThat(stances("After eight years, Venezuela is back in Brazil.")).isEmpty();
    }

    @Test
    void shouldStillReadBackAsSupportWhenAStateBacksAnother() {
        assertThat(stances("Hungary will back Ukraine in the talks.")).contains("stance HUN>UKR aligning");
    }

    @Test
    void shouldGiveNoStanceToAThirdPartyWhenTalksAreHeldBetweenTwoOthers() {
        assertThat(stances("Saudi Arabia has hosted the first meeting between American and Russian officials."))
                .noneMatch(k -> k.startsWith("stance RUS>") || k.startsWith("stance USA>"));
        assertThat(stances("Turkey hosted the only direct talks between Russian and Ukrainian delegations."))
                .doesNotContain("stance TUR>RUS aligning");
    }

    @Test
    void shouldStillReadABilateralMeetingBetweenTwoLeaders() {
        assertThat(stances("Kazakhstan and Azerbaijan agreed on the route during the bilateral meeting between "
                + "Tokayev and his Azerbaijani counterpart Ilham Aliyev in August.")).contains("stance KAZ>AZE aligning");
    }

    @Test
    void shouldTakeTheControllingStateAsTargetWhenAStateQuitsTheBodyItControls() {
        assertThat(stances("Hungary will pull out of the Russian-controlled International Investment Bank, one day "
                + "after Washington placed the lender on its sanctions list.")).contains("stance HUN>RUS distancing")
                .doesNotContain("stance HUN>USA distancing");
    }

    @Test
    void shouldKeepTheNamedBlocAsTargetWhenItsLeaderQualifiesIt() {
        assertThat(stances("Armenia will leave the Russian-led Collective Security Treaty Organization, Pashinyan said."))
                .contains("stance ARM>CSTO distancing").doesNotContain("stance ARM>RUS distancing");
    }
}
