package io.geowire.api.archfixture;

import io.geowire.streams.StoreNames;
import io.geowire.streams.internal.EventIdentity;

/** A deliberate breach for ArchitectureTest: api code reaching past streams.query. Test code only. */
public final class ApiReadingTopologyInternals {

    public String storeAndKey(String actor, String target) {
        return StoreNames.STANCE_ALL_TIME + "/" + EventIdentity.pair(actor, target);
    }
}
