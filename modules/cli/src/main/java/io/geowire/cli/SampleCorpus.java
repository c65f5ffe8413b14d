package io.geowire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The bundled illustrative articles (see sample-corpus-NOTICE.md), copied out of the jar for ingestion. */
final class SampleCorpus {

    private static final String FOLDER = "sample-corpus/";

    private SampleCorpus() {
    }

    static Path extract() {
        try {
            Path dir = Files.createTempDirectory("geowire-sample-corpus");
            for (String name : read(FOLDER + "INDEX").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                Files.writeString(dir.resolve(name), read(FOLDER + name));
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the sample corpus", e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "missing bundled resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
