package io.geowire.producer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterReasonsTest {

    @Test
    void shouldKeepLeadingWordsUpToTheFirstDetailWhenReasonHasOne() {
        assertThat(DeadLetterReasons.leadingWords("corrupt gzip: Not in GZIP format")).isEqualTo("corrupt_gzip");
        assertThat(DeadLetterReasons.leadingWords("unreadable: permission denied")).isEqualTo("unreadable");
        assertThat(DeadLetterReasons.leadingWords("size 12 MB is over the 10 MB file limit")).isEqualTo("size");
        assertThat(DeadLetterReasons.leadingWords("too large for Kafka: a record of 2000000 bytes"))
                .isEqualTo("too_large_for_kafka");
    }

    @Test
    void shouldDropTheLineNumberWhenReasonNamesALine() {
        assertThat(DeadLetterReasons.leadingWords("line 17: empty file: only whitespace")).isEqualTo("empty_file");
    }

    @Test
    void shouldSayUnknownWhenReasonIsMissing() {
        assertThat(DeadLetterReasons.leadingWords(null)).isEqualTo("unknown");
        assertThat(DeadLetterReasons.leadingWords("  ")).isEqualTo("unknown");
    }

    @Test
    void shouldCountNewKindsAsOtherWhenTooManyWereSeen() {
        DeadLetterReasons reasons = new DeadLetterReasons();
        for (int i = 0; i < DeadLetterReasons.MAX_KINDS; i++) {
            reasons.kind("kind" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + ": detail");
        }

        assertThat(reasons.kind("brand new reason")).isEqualTo(DeadLetterReasons.OTHER);
        assertThat(reasons.kind("kindaa: again")).isEqualTo("kindaa");
    }
}
