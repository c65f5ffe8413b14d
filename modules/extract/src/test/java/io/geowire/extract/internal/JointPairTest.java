package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which sentences make two parties the joint subject of a common act (settings.tsv {@code several_stances}
 * {@code joint_act}, xmulti): the pair, or null. The sentences are our own.
 */
class JointPairTest {

    private static final DataFiles FILES = new DataFiles(null);
    private static final Lexicon LEX = new Lexicon(FILES);
    private static final Normalizer NORMALIZER = new Normalizer(LEX);
    private static final SeveralStances SEVERAL = new SeveralStances(new Cues(FILES), LEX,
            Set.of(SeveralStances.JOINT_ACT));

    private static String[] pair(String text) {
        return SEVERAL.jointPair(NORMALIZER.normalize(text, 0, text.length(), 0));
    }

    @Test
    void shouldPairTwoStatesWhenTheyAreTheSubjectOfASignedAgreement() {
        assertThat(pair("Norway and Russia on Friday agreed next year's fishing quotas for the Barents Sea."))
                .containsExactly("NOR", "RUS");
    }

    @Test
    void shouldPairTheStatesOfTwoLeadersWhenTheLeadersHeldTalks() {
        assertThat(pair("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon held talks in Samarkand."))
                .containsExactly("KGZ", "TJK");
    }

    @Test
    void shouldPairNothingWhenTheActIsNegated() {
        assertThat(pair("Hungary and Israel signed no new agreements during the visit.")).isNull();
    }

    @Test
    void shouldPairNothingWhenThreeStatesAreListed() {
        assertThat(pair("The energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan signed a water agreement."))
                .isNull();
    }

    @Test
    void shouldPairNothingWhenThePairFollowsBetween() {
        assertThat(pair("A new gas link between Lithuania and Poland opened on Sunday.")).isNull();
    }

    @Test
    void shouldPairNothingWhenTheirFirmsSign() {
        assertThat(pair("Azerbaijan's railway company and a Chinese logistics group signed a freight contract."))
                .isNull();
    }

    @Test
    void shouldPairNothingWhenTheMeetingIsOnlyRecalled() {
        assertThat(pair("Aliyev and Pashinyan last met in Prague in the autumn.")).isNull();
    }

    @Test
    void shouldPairNothingWhenTheActIsANounOfAnotherVerb() {
        assertThat(pair("The United States and the European Union welcomed the agreement.")).isNull();
    }
}
