package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A party's role towards the event of its sentence, as the field ranker's role features read it (xfields2). */
class EventRolesTest {

    private static final Normalizer NORMALIZER = new Normalizer(new Lexicon(new DataFiles(null)));

    private static EventRoles.Roles roles(String text, String id) {
        NormSentence s = NORMALIZER.normalize(text, 0, text.length(), 0);
        return EventRoles.of(s, id);
    }

    @Test
    void shouldMarkThePartnerWhenTalksAreHeldWithItsMinister() {
        String s = "Kazakhstan's foreign minister held talks in Astana with his Polish counterpart on Monday.";
        assertThat(roles(s, "POL").afterWith()).isTrue();
        assertThat(roles(s, "KAZ").afterWith()).isFalse();
    }

    @Test
    void shouldMarkTheObjectAndNotTheSubjectWhenOneStateAccusesAnother() {
        String s = "Russia accused Ukraine of attacking the compressor station.";
        assertThat(roles(s, "UKR").object()).isTrue();
        assertThat(roles(s, "RUS").object()).isFalse();
    }

    @Test
    void shouldMarkTheRecipientAsObjectWhenOneStateGivesAnotherSomething() {
        String s = "Slovakia will give Ukraine its 13 remaining jets, the prime minister said.";
        assertThat(roles(s, "UKR").object()).isTrue();
        assertThat(roles(s, "SVK").object()).isFalse();
        assertThat(roles("Japan will lend Kazakhstan 2 billion yen for the port.", "KAZ").object()).isTrue();
    }

    @Test
    void shouldMarkTheStateLetInAsObjectAndNotTheBlocWhenAParliamentVotesToLetItIn() {
        String s = "Turkey's parliament voted on Thursday to let Finland into NATO.";
        assertThat(roles(s, "FIN").object()).isTrue();
        assertThat(roles(s, "NATO").object()).isFalse();
    }

    @Test
    void shouldMarkTheAmbassadorsStateAsObjectWhenTheMinistryCallsHimIn() {
        String s = "The ministry called in Russia's ambassador on Tuesday.";
        assertThat(roles(s, "RUS").object()).isTrue();
    }

    @Test
    void shouldTellThePassiveSubjectFromTheAgentWhenAnEnvoyIsSummonedByAState() {
        String s = "Russia's ambassador was summoned by Tajikistan on Monday.";
        assertThat(roles(s, "RUS").passiveSubject()).isTrue();
        assertThat(roles(s, "RUS").afterBy()).isFalse();
        assertThat(roles(s, "TJK").afterBy()).isTrue();
        assertThat(roles(s, "TJK").passiveSubject()).isFalse();
    }

    @Test
    void shouldMarkTheHostOfAVisitOnlyWhenTheSentenceSpeaksOfOne() {
        assertThat(roles("Turkey's president arrived in Iraq on Monday.", "IRQ").visitHost()).isTrue();
        assertThat(roles("Turkey's president arrived in Iraq on Monday.", "TUR").visitHost()).isFalse();
        assertThat(roles("Turkey signed a gas deal in Iraq on Monday.", "IRQ").visitHost()).isFalse();
    }

    @Test
    void shouldMarkTheOwnerOfARequestButNotOfAnAmbassador() {
        assertThat(roles("At Armenia's request, Russia withdrew its border guards.", "ARM").eventPossessor()).isTrue();
        assertThat(roles("At Armenia's request, Russia withdrew its border guards.", "RUS").eventPossessor()).isFalse();
        assertThat(roles("Georgia expelled Russia's ambassador.", "RUS").eventPossessor()).isFalse();
    }

    @Test
    void shouldMarkEveryListedStateAfterADirectedPreposition() {
        String s = "Lithuania imposed new sanctions against Belarus and Russia.";
        assertThat(roles(s, "BLR").afterDirected()).isTrue();
        assertThat(roles(s, "RUS").afterDirected()).isTrue();
        assertThat(roles(s, "LTU").afterDirected()).isFalse();
    }

    @Test
    void shouldGiveNoRoleToAPartyTheSentenceDoesNotName() {
        assertThat(roles("Russia accused Ukraine of attacking the compressor station.", "CHN"))
                .isEqualTo(new EventRoles.Roles(false, false, false, false, false, false, false, false, false));
    }
}
