package io.geowire.testing.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueNamesTest {

    @Test
    void shouldNeverRepeatWhenPrefixRepeats() {
        UniqueNames names = new UniqueNames("run1");
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 1000; i++) {
            seen.add(names.next("articles"));
        }

        assertThat(seen).hasSize(1000).allMatch(name -> name.startsWith("articles-run1-"));
    }

    @Test
    void shouldDifferBetweenRunsWhenPrefixAndCountMatch() {
        assertThat(new UniqueNames().next("events")).isNotEqualTo(new UniqueNames().next("events"));
    }

    @Test
    void shouldReplaceCharactersTopicsRejectWhenPrefixHasThem() {
        assertThat(UniqueNames.sanitize("stance index/KAZ→RUS")).isEqualTo("stance-index-KAZ-RUS");
        assertThat(UniqueNames.sanitize("")).isEqualTo("test");
        assertThat(UniqueNames.sanitize(null)).isEqualTo("test");
        assertThat(UniqueNames.sanitize("x".repeat(300))).hasSize(100);
    }
}
