package io.geowire.streams.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * GET /api/routes/{id}: current status ("operational" when nothing is known to be wrong), since when,
 * days disrupted in total, and the incident history oldest first.
 */
public record RouteView(String route, String name, String status, String since, long daysDisrupted,
        List<RouteIncident> incidents) {

    /** The order of GET /api/routes: by route id. */
    public static final Comparator<RouteView> ORDER = Comparator.comparing(RouteView::route);

    /** The whole list from each instance's part (a route lives in exactly one partition). */
    public static List<RouteView> merge(Collection<? extends Collection<RouteView>> parts) {
        return Merging.concatSorted(parts, ORDER);
    }
}
