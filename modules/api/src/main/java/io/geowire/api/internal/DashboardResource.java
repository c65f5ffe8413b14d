package io.geowire.api.internal;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** The dashboard at {@code /}: static files from the classpath, no CDN, so it works offline. */
public final class DashboardResource implements ApiResource {

    static final String DIRECTORY = "/geowire/dashboard";

    @Override
    public void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            // the dashboard changes with the application: always revalidate instead of caching stale scripts
            files.headers = java.util.Map.of("Cache-Control", "no-cache");
        });
    }

    /** Whether {@code path} names one of the dashboard's static files ({@code /} = its index page). */
    static boolean isAsset(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (path.contains("..") || path.endsWith("/")) {
            return false;
        }
        return DashboardResource.class.getResource(DIRECTORY + path) != null;
    }

    @Override
    public void register(Javalin app) {
        // nothing: static files are served before routing
    }
}
