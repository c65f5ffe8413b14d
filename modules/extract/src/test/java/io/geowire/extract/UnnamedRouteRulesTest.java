package io.geowire.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route rules for routes the sentence does not name from the gazetteer: a capitalised name before a route noun, and a
 * halt or restart whose route an earlier sentence names (issue 11). Every sentence is written for this test.
 */
class UnnamedRouteRulesTest {

    // the texts name a state: an article naming nothing tracked is skipped before any rule runs
    @Test
    void shouldInventRouteIdWhenCrossingIsNamedByCapitalisedWords() {
        assertThat(Events.of("Georgian border guards closed the Sarp Valley crossing to lorries on Tuesday."))
                .anySatisfy(e -> {
                    assertThat(e.route()).isEqualTo("SARP_VALLEY");
                    assertThat(e.status()).isEqualTo("disrupted");
                });
    }

    @Test
    void shouldKeepGazetteerIdWhenNamedRouteIsKnown() {
        assertThat(Events.keys("Engineers halted the Baku-Tbilisi-Ceyhan pipeline on Monday."))
                .contains("route BTC disrupted").noneMatch(k -> k.contains("BAKU_TBILISI"));
    }

    @Test
    void shouldNotTakeDescriptiveCapitalAsRouteName() {
        assertThat(Events.of("Inspectors halted work at its own LNG terminal after a leak."))
                .noneSatisfy(e -> assertThat(e.route()).isEqualTo("LNG"));
    }

    @Test
    void shouldCarryRouteFromEarlierParagraphWhenRestartNamesOnlyFlows() {
        String text = "A pumping station on the Druzhba pipeline was hit by a drone overnight.\n\n"
                + "Officials gave no figures.\n\nFlows resumed on Thursday evening.";
        assertThat(Events.of(text)).anySatisfy(e -> {
            assertThat(Events.key(e)).isEqualTo("route DRUZHBA restored");
            assertThat(e.evidence()).contains("Flows resumed");
        });
    }

    @Test
    void shouldCarryRouteWhenSentenceSaysTheCrossingReopened() {
        String text = "Snow closed the Upper Vardo crossing between Georgia and Russia on Monday. "
                + "The crossing reopened for lorries on Friday.";
        assertThat(Events.of(text)).anySatisfy(e -> {
            assertThat(e.status()).isEqualTo("restored");
            assertThat(e.evidence()).contains("reopened for lorries");
        });
    }

    @Test
    void shouldNotCarryRouteMoreThanThreeSentencesBack() {
        String text = "The Druzhba pipeline carries crude to Hungary. Its owner is a state firm. "
                + "The firm has a new chief. He likes football. Traffic stopped on Friday.";
        assertThat(Events.of(text)).filteredOn(e -> e.evidence().contains("Traffic stopped"))
                .noneSatisfy(e -> assertThat(e.route()).isEqualTo("DRUZHBA"));
    }

    @Test
    void shouldNotCarryRouteToWeakPlanTriggerFromEarlierParagraph() {
        String text = "The Druzhba pipeline was halted in May.\n\n"
                + "Traders are now looking at using flows from elsewhere.";
        assertThat(Events.of(text)).filteredOn(e -> e.evidence().contains("looking at using"))
                .noneSatisfy(e -> assertThat(Events.key(e)).isEqualTo("route DRUZHBA alternative"));
    }

    @Test
    void shouldReadMovingAgainAsRestoredWhenRouteIsNamedBefore() {
        String text = "A drone strike halted the Druzhba pipeline on Monday. Crude began moving again on Wednesday.";
        assertThat(Events.of(text)).anySatisfy(e -> {
            assertThat(Events.key(e)).isEqualTo("route DRUZHBA restored");
            assertThat(e.evidence()).contains("moving again");
        });
    }

    @Test
    void shouldReadOrderToPrepareRouteAsAlternative() {
        assertThat(Events.keys("Kazakhstan instructed its ports at Aktau and Kuryk to double the ferry slots for Baku."))
                .contains("route TITR alternative");
    }

    @Test
    void shouldReadCaspianPortsInPassingAsMiddleCorridor() {
        assertThat(Events.keys("Storms shut the ports of Aktau and Kuryk in Kazakhstan for three days."))
                .contains("route TITR disrupted");
    }

    @Test
    void shouldReadVolumesAgreedThroughRouteAsAlternative() {
        assertThat(Events.keys("Uzbekistan agreed to send more cotton through the Middle Corridor next year."))
                .contains("route TITR alternative");
    }

    @Test
    void shouldReadVolumeTargetForRouteAsAlternative() {
        assertThat(Events.keys("Georgia wants the Baku-Tbilisi-Kars railway to carry five million tonnes by 2027."))
                .contains("route BTK_RAIL alternative");
    }
}
