package io.geowire.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exact and near-duplicate fingerprints.
 *
 * <p>The near-duplicate signature must survive "spinning" (content words swapped for odd synonyms), which defeats
 * shingles of content words. Function words survive it, so, as in SpotSigs (Theobald et al. 2008), the signature is
 * built from them: the text's sequence of stopwords is cut into overlapping k-word shingles, and a MinHash sketch of
 * that shingle set estimates the Jaccard similarity of two texts' function-word structure.
 */
public final class Fingerprints {
    public static final int SHINGLE = 4;
    public static final int HASHES = 128;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + i);
            SEEDS[i] = x;
        }
    }

    private Fingerprints() {
    }

    /** NFKC, lower case, plain quotes and dashes, single spaces: what the exact hash is taken over. */
    public static String normalise(String text) {
        String fast = normaliseFastPath(text);
        return fast != null ? fast : normaliseAnyText(text);
    }

    /** {@link #normalise} as it is defined: an NFKC pass, the whole text in lower case, then the character pass. */
    static String normaliseAnyText(String text) {
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return collapse(s.toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #normalise} of a text of {@link #inFastPath} characters only (nearly every English text), or null for
     * another text: NFKC leaves such a text alone (each of them is its own NFKC form, and no two of them compose),
     * and lower-casing the whole text is lower-casing each character, so both passes and their copies of the text
     * are skipped. FingerprintsTest checks both claims for every character and every pair of them.
     */
    static String normaliseFastPath(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 128) { // printable ASCII, most of any text: neither whitespace nor a quote to fold
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = asciiLower(c);
                continue;
            }
            if (!inFastPath(c)) {
                return null;
            }
            if (Character.isWhitespace(c)) {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            out[n++] = plain(c < 128 ? asciiLower(c) : Character.toLowerCase(c));
        }
        return new String(out, 0, n);
    }

    /**
     * ASCII, the Latin-1 letters (U+00C0 to U+00FF but the signs × and ÷) and the typographic quotes and dashes
     * of English news: ‘ ’ “ ” – —.
     */
    static boolean inFastPath(char c) {
        return c < 128 || c >= '\u00c0' && c <= '\u00ff' && c != '\u00d7' && c != '\u00f7'
                || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d' || c == '\u2013'
                || c == '\u2014';
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Plain quotes and dashes, whitespace runs as one space, none at the ends. */
    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(plain(c));
        }
        return sb.toString();
    }

    private static char plain(char c) {
        if (c < 128) {
            return c; // every replaced character is beyond ASCII
        }
        return switch (c) {
            case '‘', '’', '‛', '′' -> '\'';
            case '“', '”', '„', '″', '«', '»' -> '"';
            case '‐', '‑', '‒', '–', '—', '―' -> '-';
            default -> c;
        };
    }

    /**
     * {@code sha256Hex(normalise(text))}, the exact hash of a cleaned text. A text of {@link #inFastPath} characters
     * is normalised straight into its UTF-8 bytes (every character of that normal form is ASCII or a Latin-1 letter:
     * one or two bytes), without the normal form's string and its encoding, a copy of the text each.
     */
    public static String contentHash(String text) {
        byte[] utf8 = new byte[2 * text.length()];
        int n = normaliseFastPathUtf8(text, utf8);
        if (n < 0) {
            return sha256Hex(normalise(text));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(utf8, 0, n);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * {@link #normaliseFastPath} written as UTF-8 into {@code out} (at least twice the text's length); the number of
     * bytes, or -1 for a text outside the fast path.
     */
    static int normaliseFastPathUtf8(String text, byte[] out) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 128) { // as normaliseFastPath: printable ASCII, one byte
                if (space) {
                    out[n++] = ' ';
                    space = false;
                }
                out[n++] = (byte) asciiLower(c);
                continue;
            }
            if (!inFastPath(c)) {
                return -1;
            }
            if (Character.isWhitespace(c)) {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            char p = plain(c < 128 ? asciiLower(c) : Character.toLowerCase(c));
            if (p < 128) {
                out[n++] = (byte) p;
            } else { // U+0080..U+07FF in two bytes; the fast path's letters are all below U+0100
                out[n++] = (byte) (0xC0 | p >> 6);
                out[n++] = (byte) (0x80 | p & 0x3F);
            }
        }
        return n;
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Hashes of the k-stopword shingles of the text, without repeats. */
    public static long[] stopwordShingles(String text, Set<String> stopwords) {
        return stopwordShingles(Words.of(text), stopwords);
    }

    /** {@link #stopwordShingles(String, Set)} of a text whose {@link Words#of} words are given. */
    public static long[] stopwordShingles(List<String> words, Set<String> stopwords) {
        List<String> seq = new ArrayList<>();
        for (String w : words) {
            if (stopwords.contains(w)) {
                seq.add(w);
            }
        }
        return shingles(seq);
    }

    /** {@link #stopwordShingles(List, Set)} of a text whose stopwords (of the list chosen) are given, in order. */
    public static long[] shingles(List<String> seq) {
        int[] hashes = new int[seq.size()];
        for (int j = 0; j < hashes.length; j++) {
            hashes[j] = seq.get(j).hashCode();
        }
        long[] out = new long[Math.max(0, seq.size() - SHINGLE + 1)];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = 31 * h + hashes[j];
            }
            out[i] = mix(h);
        }
        return distinct(out);
    }

    /** The values without repeats, each where it first occurs (as a stream's distinct() gives, without boxing). */
    static long[] distinct(long[] values) {
        // open addressing in a table at most half full; a flag stands for the value 0, the table's empty mark
        long[] table = new long[Math.max(4, Integer.highestOneBit(Math.max(1, values.length)) << 2)];
        int mask = table.length - 1;
        boolean zeroSeen = false;
        long[] out = new long[values.length];
        int n = 0;
        for (long v : values) {
            if (v == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    out[n++] = v;
                }
                continue;
            }
            int slot = (int) mix(v) & mask;
            while (table[slot] != 0 && table[slot] != v) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = v;
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * MinHash sketch: for each of {@link #HASHES} hash functions, the least value over the shingles. The 128 hash
     * functions come from two (Kirsch & Mitzenmacher): h_i = a + i * b, far cheaper than 128 mixes. Computed one
     * hash function at a time over all shingles (each shingle's h_i kept in an array and advanced by its b), which
     * the JIT turns into vector instructions; shingle by shingle over the 128 functions it did not, and took a
     * quarter longer (docs/decisions.md, xingest2). The values are the same (FingerprintsTest checks).
     */
    public static int[] minHash(long[] shingles) {
        int n = shingles.length;
        long[] h = new long[n];
        long[] b = new long[n];
        for (int k = 0; k < n; k++) {
            h[k] = mix(shingles[k]);
            b[k] = mix(shingles[k] ^ SEEDS[0]) | 1;
        }
        long[] v = new long[n];
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            for (int k = 0; k < n; k++) {
                long x = h[k];
                v[k] = (x ^ (x >>> 29)) * 0xBF58476D1CE4E5B9L >>> 33; // below 2^31: an int's value
                h[k] = x + b[k]; // a + (i + 1) * b, wrapping modulo 2^64 as the product would
            }
            long min = Integer.MAX_VALUE;
            for (int k = 0; k < n; k++) {
                min = Math.min(min, v[k]);
            }
            sig[i] = (int) min;
        }
        return sig;
    }

    /** {@link #minHash} as first written, shingle by shingle (kept for FingerprintsTest). */
    static int[] minHashByShingle(long[] shingles) {
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            long a = mix(s);
            long b = mix(s ^ SEEDS[0]) | 1;
            long h = a;
            for (int i = 0; i < HASHES; i++, h += b) {
                int v = (int) ((h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L >>> 33);
                sig[i] = Math.min(sig[i], v);
            }
        }
        return sig;
    }

    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** Exact Jaccard similarity of two shingle sets (for tests and calibration). */
    public static double jaccard(long[] a, long[] b) {
        java.util.Set<Long> sa = new java.util.HashSet<>();
        for (long x : a) {
            sa.add(x);
        }
        int inter = 0;
        for (long x : b) {
            if (sa.contains(x)) {
                inter++;
            }
        }
        int union = a.length + b.length - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
