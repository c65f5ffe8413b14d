package io.geowire.streams.internal;

import java.util.Map;

/** Readable names of the route ids the vocabulary defines; other ids are shown as they are. */
public final class RouteNames {

    private static final Map<String, String> NAMES = Map.of(
            "CPC", "Caspian Pipeline Consortium pipeline",
            "BTC", "Baku-Tbilisi-Ceyhan pipeline",
            "TITR", "Trans-Caspian International Transport Route (Middle Corridor)",
            "KTI_RAIL", "Kazakhstan-Turkmenistan-Iran railway",
            "DRUZHBA", "Druzhba pipeline");

    private RouteNames() {
    }

    public static String nameOf(String routeId) {
        return NAMES.getOrDefault(routeId, routeId);
    }
}
