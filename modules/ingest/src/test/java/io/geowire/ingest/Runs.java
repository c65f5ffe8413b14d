package io.geowire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small helpers to write inputs and run an ingestor over them. */
final class Runs {
    private Runs() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String content) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IngestedArticle> ingest(IngestOptions options, Path... paths) {
        List<IngestedArticle> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : paths) {
            names.add(p.toString());
        }
        IngestSummary s = new Ingestor(options).ingest(names, out::add);
        if (s.inputs() != out.size() || s.inputs() != s.ok() + s.duplicates() + s.deadLetters()) {
            throw new AssertionError("counts do not add up: " + s + " for " + out.size() + " articles");
        }
        return out;
    }

    static List<IngestedArticle> ingest(Path... paths) {
        return ingest(IngestOptions.defaults().withDetectLanguage(false), paths);
    }

    static IngestedArticle one(Path path) {
        List<IngestedArticle> all = ingest(path);
        if (all.size() != 1) {
            throw new AssertionError("expected one article, got " + all.size());
        }
        return all.get(0);
    }
}
