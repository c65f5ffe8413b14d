package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityKeyTest {

    @Test
    void shouldKeyEachTypeByItsEntityWhenFieldsAreComplete() {
        assertThat(EntityKey.of(EventFields.STANCE, "KAZ", "RUS", null)).isEqualTo("KAZ->RUS");
        assertThat(EntityKey.of(EventFields.ROUTE_DISRUPTION, null, null, "CPC")).isEqualTo("CPC");
        assertThat(EntityKey.of(EventFields.SANCTION_STATEMENT, "UZB", "ignored", "ignored")).isEqualTo("UZB");
    }

    @Test
    void shouldGiveTheSameKeyWhenPartsDifferOnlyInSurroundingSpace() {
        assertThat(EntityKey.stancePair(" KAZ", "RUS ")).isEqualTo(EntityKey.stancePair("KAZ", "RUS"));
        assertThat(EntityKey.route("CPC\t")).isEqualTo("CPC");
    }

    @Test
    void shouldKeepTheStoreSeparatorOutWhenAPartContainsIt() {
        assertThat(EntityKey.route("A|B")).isEqualTo("A/B");
        assertThat(EntityKey.sanctionsActor(null)).isEqualTo("?");
    }

    @Test
    void shouldFailLoudlyWhenTypeIsUnknown() {
        assertThatThrownBy(() -> EntityKey.of("weather", "KAZ", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weather");
    }
}
