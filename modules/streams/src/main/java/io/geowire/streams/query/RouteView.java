package io.geowire.streams.query;

import java.util.List;

/**
 * GET /api/routes/{id}: current status ("operational" when nothing is known to be wrong), since when,
 * days disrupted in total, and the incident history oldest first.
 */
public record RouteView(String route, String name, String status, String since, long daysDisrupted,
        List<RouteIncident> incidents) {
}
