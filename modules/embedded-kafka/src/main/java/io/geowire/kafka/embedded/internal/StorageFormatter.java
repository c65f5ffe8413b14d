package io.geowire.kafka.embedded.internal;

import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String[] args = {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", propertiesFile.toString(), "--ignore-formatted"};
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
