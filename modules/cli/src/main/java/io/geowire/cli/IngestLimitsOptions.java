package io.geowire.cli;

import io.geowire.ingest.IngestLimits;
import io.geowire.ingest.IngestOptions;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The ingestion limits as options of every verb that reads a corpus (run, produce, replay, inspect, extract). An
 * option left out keeps the default of {@link IngestLimits#defaults()}; docs/ingestion.md explains each.
 */
final class IngestLimitsOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec verb;

    @Option(names = "--max-file-size", converter = ByteSize.class, paramLabel = "SIZE",
            description = "Largest input file after decompression, e.g. 512MB (default "
                    + IngestLimits.DEFAULT_MAX_FILE_MB + " MB)")
    Long maxFileBytes;

    @Option(names = "--max-record-size", converter = ByteSize.class, paramLabel = "SIZE",
            description = "Largest article: one JSON line or one text/HTML file, e.g. 8MB (default "
                    + IngestLimits.DEFAULT_MAX_RECORD_MB + " MB)")
    Long maxRecordBytes;

    @Option(names = "--max-compression-ratio", paramLabel = "N",
            description = "A gzip input may expand at most N-fold (default "
                    + IngestLimits.DEFAULT_MAX_COMPRESSION_RATIO + ")")
    Integer maxCompressionRatio;

    @Option(names = "--max-html-depth", paramLabel = "N",
            description = "Deepest HTML element nesting (default " + IngestLimits.DEFAULT_MAX_HTML_DEPTH + ")")
    Integer maxHtmlDepth;

    @Option(names = "--max-token-length", paramLabel = "N",
            description = "Longest run of characters without whitespace; a paragraph with a longer one is dropped "
                    + "(default " + IngestLimits.DEFAULT_MAX_TOKEN_CHARS + ")")
    Integer maxTokenChars;

    /** The limits given on the command line over the defaults. */
    IngestLimits limits() {
        IngestLimits limits = IngestLimits.defaults();
        try {
            if (maxFileBytes != null) {
                limits = limits.withMaxFileBytes(maxFileBytes);
            }
            if (maxRecordBytes != null) {
                limits = limits.withMaxRecordBytes(maxRecordBytes);
            }
            if (maxCompressionRatio != null) {
                limits = limits.withMaxCompressionRatio(maxCompressionRatio);
            }
            if (maxHtmlDepth != null) {
                limits = limits.withMaxHtmlDepth(maxHtmlDepth);
            }
            if (maxTokenChars != null) {
                limits = limits.withMaxTokenChars(maxTokenChars);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(verb.commandLine(), e.getMessage());
        }
        return limits;
    }

    /** Default ingest options with these limits. */
    IngestOptions options() {
        return IngestOptions.defaults().withLimits(limits());
    }

    /** "4MB", "512 KB", "1g", "1048576": binary multiples (1 MB = 1,048,576 bytes), as in the dead-letter reasons. */
    static final class ByteSize implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size such as 4MB, 512KB or 1048576");
            }
            int shift = switch (m.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            long number = Long.parseLong(m.group(1));
            if (number <= 0 || number > (Long.MAX_VALUE >> shift)) {
                throw new TypeConversionException("'" + value + "' must be a positive size");
            }
            return number << shift;
        }
    }
}
