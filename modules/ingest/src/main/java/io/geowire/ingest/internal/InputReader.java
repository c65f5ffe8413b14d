package io.geowire.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Tells text from binary and decodes. */
public final class InputReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    private InputReader() {
    }

    /** Thrown when an input passes a size limit (see {@link SizeGuard}); the message is the dead-letter reason. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /** Decoded text and the charset that decoded it. */
    public record Decoded(String text, String charset) {
    }

    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** Why these bytes are not text, or null when they are. */
    public static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        if (n >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return null; // UTF-16 with a byte-order mark has NULs but is text
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return "binary content: NUL bytes";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0b || b == 0x7f) {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return "binary content: " + (100 * control / n) + "% control characters";
        }
        return null;
    }

    /** UTF-8 when the bytes are valid UTF-8 (or UTF-16 with a byte-order mark), else windows-1252. */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)
                && binaryReason(bytes) == null && (bytes[1] & 0xff) >= 0xfe) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16");
        }
        String text = utf8(bytes);
        return text != null ? new Decoded(text, "UTF-8") : new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /**
     * The bytes as strict UTF-8, or null when they are not valid UTF-8. String's own decoder is tried first: it
     * decodes valid UTF-8 exactly as the strict decoder does and puts U+FFFD where the bytes are malformed, so a
     * result without U+FFFD is the answer. It copies ASCII straight into a compact string, where the strict decoder
     * filled a char buffer and copied that again (decoding was a tenth of ingesting an article; issue 13, xingest3).
     * A text with U+FFFD (malformed, or the character itself) goes to the strict decoder.
     */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : utf8Strict(bytes);
    }

    /** The strict decoder alone (as {@link #decode} was first written): null for bytes that are not UTF-8. */
    static String utf8Strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    /**
     * For HTML that is not valid UTF-8: the charset its meta tag declares (e.g. windows-1251, ISO-8859-2), when
     * Java knows it; else the usual windows-1252 fallback.
     */
    public static Decoded decodeHtml(byte[] bytes) {
        Decoded plain = decode(bytes);
        if (!plain.charset().equals("windows-1252")) {
            return plain;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                return new Decoded(new String(bytes, declared), declared.name());
            } catch (IllegalArgumentException unknown) {
                // an unknown or misspelt charset name: keep the fallback
            }
        }
        return plain;
    }

    /** A short printable rendering of raw bytes: printable ASCII kept, the rest shown as '.', like a hex dump. */
    public static String byteExcerpt(byte[] bytes, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length && sb.length() < max; i++) {
            int b = bytes[i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return sb.toString();
    }

    /** A short printable excerpt of text: whitespace runs become one space, control characters '.'. */
    public static String textExcerpt(String text, int max) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length() && sb.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\uFEFF') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED ? '.' : c);
        }
        return sb.length() >= max ? sb.substring(0, max - 1) + "…" : sb.toString();
    }
}
