package io.geowire.benchmarks;

import io.geowire.ingest.internal.DateEstimator;
import io.geowire.ingest.internal.DateParser;
import io.geowire.ingest.internal.Fingerprints;
import io.geowire.model.CalendarWords;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The steps of ingestion that read an undated article's whole cleaned text (issue 13): the publication-date
 * estimate and its parts (every date mention; the latest world event named, e.g. "the invasion of Ukraine"; the
 * opening lines a dateline may stand in), and the exact-duplicate hash of the normalised text. The text is the
 * benchmarks' story with a paragraph of dates in the forms news uses (days with and without a year, bare years,
 * a year range, a deadline, a future clause, a world event), about 5 KB.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DateEstimationBench {

    static final String DATES = "Talks resumed on March 3 after a pause since the invasion of Ukraine, officials said. "
            + "The pipeline, built in 2001 and expanded in 2018, carried less oil in the 2022-2023 season than "
            + "planned. Exports are to rise by the end of 2027, and the ministry will publish figures on 14 April. "
            + "Shipments stopped on Feb. 17 and resumed on 21 February 2024, the operator said on Friday.";
    static final String TEXT = Articles.prose(8, 7) + DATES + "\n\n" + Articles.prose(2, 11);

    private final DateEstimator estimator = new DateEstimator();

    @Benchmark
    public Optional<LocalDate> estimatePublicationDate() {
        return estimator.estimate(TEXT);
    }

    @Benchmark
    public List<?> dateMentions() {
        return DateParser.get().mentions(TEXT);
    }

    @Benchmark
    public Optional<LocalDate> latestWorldEvent() {
        return CalendarWords.get().latestAnchor(TEXT);
    }

    @Benchmark
    public List<String> openingLines() {
        return CalendarWords.openingLines(TEXT);
    }

    @Benchmark
    public String exactHash() {
        return Fingerprints.contentHash(TEXT);
    }
}
