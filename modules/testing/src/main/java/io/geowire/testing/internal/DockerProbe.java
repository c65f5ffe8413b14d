package io.geowire.testing.internal;

import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether Testcontainers can reach a Docker engine. Asking Testcontainers on a machine without one walks every
 * strategy and logs errors, so first look for any sign of Docker (a socket, DOCKER_HOST, a Testcontainers config).
 */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean isDockerAvailable() {
        return anySignOfDocker() && askTestcontainers();
    }

    private static boolean anySignOfDocker() {
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtimeDir = System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/nonexistent");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || Files.exists(Path.of(runtimeDir, "docker.sock"));
    }

    private static boolean askTestcontainers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
