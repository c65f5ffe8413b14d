package io.geowire.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    @Test
    void shouldPreferLongestMatchWhenAllowAndDisallowOverlap() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", "geowire");

        assertThat(rules.allows("/news/x")).isFalse();
        assertThat(rules.allows("/news/public/x")).isTrue();
        assertThat(rules.allows("/other")).isTrue();
    }

    @Test
    void shouldUseOwnGroupInsteadOfStarWhenOneNamesGeowire() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: geowire\nDisallow:\n",
                "geowire");

        assertThat(rules.allows("/anything")).isTrue();
    }

    @Test
    void shouldMatchWildcardsAndEndAnchorWhenPathsUseThem() {
        RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "geowire");

        assertThat(rules.allows("/a/report.pdf")).isFalse();
        assertThat(rules.allows("/a/report.pdf.html")).isTrue();
        assertThat(rules.allows("/a?print=1")).isFalse();
    }
}
