package io.geowire.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void shouldNameTypesAsTheContractDoesWhenListed() {
        assertThat(EventType.wireNames()).containsExactly("stance", "route_disruption", "sanction_statement");
    }

    @Test
    void shouldFindATypeByItsWireNameOnlyWhenItExists() {
        assertThat(EventType.byWireName("route_disruption")).contains(EventType.ROUTE_DISRUPTION);
        assertThat(EventType.byWireName("Stance")).isEmpty();
    }

    @Test
    void shouldKeyEachTypeByItsLabelFieldWhenMatchingEvents() {
        for (EventType type : EventType.values()) {
            assertThat(type.keyFields()).endsWith(type.labelField());
            assertThat(type.labels()).isNotEmpty();
        }
        assertThat(EventType.STANCE.labels()).containsExactlyInAnyOrder("aligning", "distancing", "neutral");
    }
}
