package io.geowire.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCleanerTest {

    @Test
    void shouldFindNoIdeographBeforeTheFirstWhenCountingEffectiveLength() {
        for (int c = 0; c < ContentCleaner.FIRST_IDEOGRAPH; c++) {
            assertThat(Character.isIdeographic(c)).as("U+%04X", c).isFalse();
        }
        assertThat(Character.isIdeographic(ContentCleaner.FIRST_IDEOGRAPH)).isTrue();
        assertThat(ContentCleaner.effectiveLength("ab〆中")).isEqualTo(2 + 3 + 3);
    }
}
