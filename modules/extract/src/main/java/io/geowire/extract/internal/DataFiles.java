package io.geowire.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files: the bundled ones from the classpath, then, if an overlay folder is given,
 * the files of the same name found there (their lines are added after the bundled lines).
 */
public final class DataFiles {
    public static final String RESOURCE_DIR = "/io/geowire/extract/data/";

    private final Path overlayDir;

    public DataFiles(Path overlayDir) {
        this.overlayDir = overlayDir;
    }

    /** Non-comment, non-blank lines of a data file split on tabs (bundled first, then overlay). */
    public List<String[]> rows(String fileName) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = DataFiles.class.getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file missing: " + fileName);
            }
            read(in, fileName, rows);
            if (overlayDir != null && Files.isRegularFile(overlayDir.resolve(fileName))) {
                try (InputStream extra = Files.newInputStream(overlayDir.resolve(fileName))) {
                    read(extra, overlayDir.resolve(fileName).toString(), rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + fileName, e);
        }
        return rows;
    }

    private static void read(InputStream in, String name, List<String[]> rows) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            rows.add(cols);
        }
    }

    public static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public static String col(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }
}
