package io.geowire.kafka.embedded.internal;

import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Formats KRaft storage in-process, the way {@code kafka-storage.sh format} does. */
public final class StorageFormatter {

    private StorageFormatter() {
    }

    /**
     * Formats {@code logDir} (named in {@code propertiesFile}) unless it already is: a kept data dir keeps its cluster
     * id and topics. ({@code --ignore-formatted} is not enough: it still insists on the same cluster id.) Calls
     * {@code execute}, not {@code main}: {@code main} exits the JVM.
     */
    public static void formatIfNeeded(Path propertiesFile, Path logDir) {
        formatIfNeeded(propertiesFile, logDir, List.of());
    }

    /**
     * As {@link #formatIfNeeded(Path, Path)}, adding SCRAM credentials to the new metadata, each as
     * {@code kafka-storage format --add-scram} takes it, e.g. {@code SCRAM-SHA-512=[name=admin,password=...]}.
     */
    public static void formatIfNeeded(Path propertiesFile, Path logDir, List<String> scramCredentials) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", propertiesFile.toString(), "--ignore-formatted"));
        scramCredentials.forEach(credential -> command.addAll(List.of("--add-scram", credential)));
        String[] args = command.toArray(String[]::new);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool$.MODULE$.execute(args, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("formatting Kafka storage failed: " + e.getMessage(), e);
        }
        if (exitCode != 0) {
            throw new IllegalStateException("formatting Kafka storage failed with exit code " + exitCode + ": "
                    + buffer.toString(StandardCharsets.UTF_8));
        }
    }
}
