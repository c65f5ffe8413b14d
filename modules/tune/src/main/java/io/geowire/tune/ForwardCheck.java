package io.geowire.tune;

import ai.djl.ndarray.NDManager;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Step 2 of the spike: the DJL forward against ONNX Runtime on the same fp32 model, one sentence per call, on the first
 * N dev sentences of a dump written by {@link Harness}: the lowest cosine of the pooled vectors and the process CPU
 * per sentence of each. Usage: ForwardCheck SENTENCES_TSV [N]
 */
public final class ForwardCheck {
    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (c[0].equals("dev") && texts.size() < n) {
                texts.add(c[6]);
            }
        }
        Fp32MiniLm tokens = new Fp32MiniLm();
        byte[] bytes = Fp32MiniLm.modelBytes();
        List<long[]> ids = texts.stream().map(t -> tokens.ids(t, 512)).toList();
        try (MiniLmTorch torch = MiniLmTorch.load(NDManager.newBaseManager(), OnnxWeights.read(bytes));
             OrtMiniLm ort = new OrtMiniLm(bytes)) {
            // one warm-up pass each: the first calls load kernels
            Vectors.pooled(torch, List.of(ids.get(0)));
            ort.meanPooled(ids.get(0));
            List<float[]> ours = new ArrayList<>();
            long c0 = FineTune.cpu();
            for (long[] s : ids) {
                ours.add(Vectors.pooled(torch, List.of(s)).get(0));
            }
            long c1 = FineTune.cpu();
            List<float[]> ref = new ArrayList<>();
            for (long[] s : ids) {
                ref.add(ort.meanPooled(s));
            }
            long c2 = FineTune.cpu();
            double min = 1;
            for (int i = 0; i < ids.size(); i++) {
                min = Math.min(min, Vectors.cosine(ours.get(i), ref.get(i)));
            }
            double tokensMean = ids.stream().mapToInt(a -> a.length).average().orElse(0);
            System.out.printf(Locale.ROOT, "%d dev sentences (mean %.1f tokens): lowest cosine DJL vs ONNX Runtime %.7f;"
                    + " CPU per sentence: DJL/libtorch %.1f ms, ONNX Runtime fp32 %.1f ms%n", ids.size(), tokensMean, min,
                    (c1 - c0) / 1e6 / ids.size(), (c2 - c1) / 1e6 / ids.size());
        }
    }
}
