package io.geowire.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * Every released version of every schema, read from the jar (copied there from {@code schemas/history}).
 * A reader registers them all so records written by older producers still decode: single-object
 * encoding names the writer's schema by fingerprint, and this is where the fingerprint is looked up.
 */
public final class SchemaHistory {

    /** Lists the released schema files; kept in {@code schemas/history/index.txt}. */
    private static final String INDEX = "geowire/schemas/history/index.txt";

    private SchemaHistory() {
    }

    /** The released versions of the record with the given full name, oldest first. */
    public static List<Schema> releasedVersionsOf(String fullName) {
        List<Schema> versions = new ArrayList<>();
        for (String file : indexLines()) {
            Schema schema = parse("geowire/schemas/history/" + file);
            if (schema.getFullName().equals(fullName)) {
                versions.add(schema);
            }
        }
        return versions;
    }

    /** Every released schema file name in the index, oldest first. */
    public static List<String> indexLines() {
        return read(INDEX).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static Schema parse(String resource) {
        // each history file is self-contained (named types inlined), so one parser per file suffices
        return new Schema.Parser().parse(read(resource));
    }

    private static String read(String resource) {
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "missing schema resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
