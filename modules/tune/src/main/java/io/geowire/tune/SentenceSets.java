package io.geowire.tune;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.learned.LabelledSentence;
import io.geowire.extract.learned.SentenceModel;
import io.geowire.extract.learned.TrainingData;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The train and dev labelled sentences of a sources file (modules/extract/training-sources.tsv), read as
 * {@code ./geowire train} reads them: articles through ingest's cleaning and the extractor's splitter, then the
 * labelled-sentence TSV rows. Every candidate of the spike is scored on these same sentences.
 */
public record SentenceSets(List<LabelledSentence> train, List<LabelledSentence> dev) {

    public static SentenceSets read(Path root, Path sourcesFile) {
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        TrainingData data = new TrainingData(new Engine(new DataFiles(null), EventExtractor.VERSION));
        List<LabelledSentence> train = new ArrayList<>();
        List<LabelledSentence> dev = new ArrayList<>();
        for (String[] src : sources(sourcesFile)) {
            List<LabelledSentence> into = src[0].equals("dev") ? dev : train;
            Path a = root.resolve(src[2]);
            if (src[1].equals("sentences")) {
                for (Path tsv : tsvFiles(a)) {
                    into.addAll(data.fromTsv(tsv));
                }
            } else if (Files.isDirectory(root.resolve(src[1])) && Files.isDirectory(a)) {
                into.addAll(data.fromArticles(root.resolve(src[1]), a, file -> read(ingestor, file)));
            }
        }
        return new SentenceSets(List.copyOf(train), List.copyOf(dev));
    }

    /** One line per sentence: split, origin, types, stance polarity, route status, sanction position, text. */
    public String tsv() {
        StringBuilder out = new StringBuilder("split\torigin\ttypes\tstance\troute_disruption\tsanction_statement\ttext\n");
        rows(out, "train", train);
        rows(out, "dev", dev);
        return out.toString();
    }

    private static void rows(StringBuilder out, String split, List<LabelledSentence> sentences) {
        for (LabelledSentence s : sentences) {
            out.append(split).append('\t').append(s.origin()).append('\t')
                    .append(s.types().isEmpty() ? "none" : String.join(",", SentenceModel.TYPES.stream()
                            .filter(s.types()::contains).toList()));
            for (String t : SentenceModel.TYPES) {
                out.append('\t').append(s.labels().getOrDefault(t, "-"));
            }
            out.append('\t').append(s.text().replace('\t', ' ')).append('\n');
        }
    }

    private static ArticleInput read(Ingestor ingestor, Path file) {
        try {
            IngestedArticle a = ingestor.ingestText(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            if (a == null || a.status() == IngestStatus.DEAD_LETTER) {
                return null;
            }
            return new ArticleInput(a.article(), a.text(), a.published());
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String[]> sources(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Path> tsvFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
