package io.geowire.streams.query;

import java.util.List;

/** One incident in a route's history (one corroborated route_disruption event). */
public record RouteIncident(String eventId, String date, String status, String cause, String magnitude, int sources,
        List<String> articles) {
}
