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
        if (validUtf8(bytes)) {
            // what the reporting decoder below gives for valid input, by the JDK's much faster constructor
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    /**
     * Whether the bytes are well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no surrogates, nothing above
     * U+10FFFF), which is exactly what the JDK's UTF-8 decoder accepts with malformed input reported. On such bytes
     * {@code new String(bytes, UTF_8)}, which would replace malformed input instead, is the decoder's result
     * (InputReaderTest checks both on random bytes).
     */
    static boolean validUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) { // ASCII, most of any text
                i++;
                continue;
            }
            b &= 0xff;
            int lo = 0x80;
            int hi = 0xbf;
            int continuation;
            if (b >= 0xc2 && b <= 0xdf) {
                continuation = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                continuation = 2;
                lo = b == 0xe0 ? 0xa0 : 0x80;
                hi = b == 0xed ? 0x9f : 0xbf;
            } else if (b >= 0xf0 && b <= 0xf4) {
                continuation = 3;
                lo = b == 0xf0 ? 0x90 : 0x80;
                hi = b == 0xf4 ? 0x8f : 0xbf;
            } else {
                return false;
            }
            if (i + continuation >= n) { // a sequence cut short by the end
                return false;
            }
            int second = bytes[i + 1] & 0xff;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= continuation; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
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
