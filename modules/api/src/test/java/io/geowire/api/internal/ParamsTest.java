package io.geowire.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    @ParameterizedTest
    @ValueSource(strings = {"KAZ", "kaz", " Kaz ", "EU", "nato", "CSTO", "DPR", "G7", "BRICS", "brics", "ABCDEFGHIJKLMNOP"})
    void shouldAcceptActorWhenTwoToSixteenLettersOrDigits(String raw) {
        assertThat(Params.actor("actor", raw)).isEqualTo(raw.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"K", "KAZAKHSTANREPUBLIC", "K Z", "K_Z", "KÄZ", "ıı"})
    void shouldRejectActorWhenNotAnId(String raw) {
        assertThatThrownBy(() -> Params.actor("target", raw))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("target"));
    }

    @Test
    void shouldRejectActorWhenMissingButNotWhenOptional() {
        assertThatThrownBy(() -> Params.actor("actor", null)).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> Params.actor("actor", " ")).isInstanceOf(BadParameterException.class);
        assertThat(Params.optionalActor("actor", null)).isNull();
        assertThat(Params.optionalActor("actor", "")).isNull();
    }

    @Test
    void shouldAcceptRouteWhenUpTo32IdCharacters() {
        assertThat(Params.route("id", "kti_rail")).isEqualTo("KTI_RAIL");
        assertThat(Params.route("id", "X".repeat(32))).hasSize(32);
        assertThatThrownBy(() -> Params.route("id", "X".repeat(33))).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> Params.route("id", "BTC-2")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void shouldParseStrictIsoDatesWhenGiven() {
        assertThat(Params.optionalDate("since", "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Params.optionalDate("since", null)).isNull();
        assertThatThrownBy(() -> Params.optionalDate("since", "2023-02-29")).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> Params.optionalDate("since", "20230101")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void shouldRejectRangeWhenFromAfterTo() {
        LocalDate early = LocalDate.of(2022, 1, 1);
        LocalDate late = LocalDate.of(2022, 1, 2);
        Params.requireOrdered("from", early, "to", late);
        Params.requireOrdered("from", late, "to", null);
        assertThatThrownBy(() -> Params.requireOrdered("from", late, "to", early))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
    }

    @Test
    void shouldNormaliseEventTypeWhenKnown() {
        assertThat(Params.optionalEventType("type", "Route_Disruption")).isEqualTo("route_disruption");
        assertThat(Params.optionalEventType("type", "")).isNull();
        assertThatThrownBy(() -> Params.optionalEventType("type", "route")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void shouldBoundLimitWhenGiven() {
        assertThat(Params.limit("limit", null)).isEqualTo(Params.DEFAULT_LIMIT);
        assertThat(Params.limit("limit", "1")).isEqualTo(1);
        assertThat(Params.limit("limit", "1000")).isEqualTo(1000);
        assertThatThrownBy(() -> Params.limit("limit", "0")).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> Params.limit("limit", "1001")).isInstanceOf(BadParameterException.class);
        assertThatThrownBy(() -> Params.limit("limit", "1e3")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void shouldTruncateEchoedValueWhenVeryLong() {
        assertThatThrownBy(() -> Params.actor("actor", "Q".repeat(5000)))
                .hasMessageContaining("...")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
