package io.geowire.api.internal;

import io.geowire.api.InstancesInfo;
import io.javalin.Javalin;

/** GET /api/instances: the application's instances, their stores and partitions. */
public final class InstancesResource implements ApiResource {

    private final InstancesInfo instances;

    public InstancesResource(InstancesInfo instances) {
        this.instances = instances;
    }

    /** Answers from the group's metadata, not from state stores. */
    public static final String PATH = "/api/instances";

    @Override
    public void register(Javalin app) {
        app.get(PATH, ctx -> ctx.json(instances.instances()));
    }
}
