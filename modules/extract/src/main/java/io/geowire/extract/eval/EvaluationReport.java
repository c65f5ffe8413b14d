package io.geowire.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Scores of extracted events against gold annotations, computed like shared/eval/score.py.
 *
 * @param perType      type -> scores, for stance, route_disruption, sanction_statement
 * @param micro        all types together
 * @param relaxed      matching on type and evidence only
 * @param dateAccuracy share of strictly matched events with a gold date whose predicted date agrees (null if none)
 * @param missed       gold events without a strict match
 * @param spurious     predicted events without a strict match
 */
public record EvaluationReport(Map<String, Scores> perType, Scores micro, Scores relaxed, Double dateAccuracy,
                               List<Miss> missed, List<Miss> spurious) {

    /** Precision/recall/F1 with the counts behind them. */
    public record Scores(double precision, double recall, double f1, int tp, int predicted, int gold) {
        static Scores of(int tp, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Scores(p, r, f, tp, predicted, gold);
        }
    }

    /** An unmatched event: article, type, key field values and evidence. */
    public record Miss(String article, String type, List<String> keys, String evidence) {
    }

    /** Text like score.py's verbose output; the last line is {@code micro F1 X.XXX}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Miss m : missed) {
            sb.append("MISS ").append(line(m)).append('\n');
        }
        for (Miss m : spurious) {
            sb.append("FALSE ").append(line(m)).append('\n');
        }
        for (Map.Entry<String, Scores> e : perType.entrySet()) {
            sb.append(row(e.getKey(), e.getValue(), true)).append('\n');
        }
        sb.append(row("micro", micro, true)).append('\n');
        sb.append(row("relaxed (type+evidence)", relaxed, false)).append('\n');
        sb.append("date accuracy on matched events with a gold date: ")
                .append(dateAccuracy == null ? "None" : fmt(dateAccuracy)).append('\n');
        sb.append("micro F1 ").append(fmt(micro.f1()));
        return sb.toString();
    }

    private static String line(Miss m) {
        String ev = m.evidence() == null ? "" : m.evidence();
        return m.article() + " " + m.type() + " " + m.keys() + " :: " + (ev.length() > 110 ? ev.substring(0, 110) : ev);
    }

    private static String row(String name, Scores s, boolean counts) {
        String head = String.format(java.util.Locale.ROOT, "%-20s P %s  R %s  F1 %s", name, fmt(s.precision()),
                fmt(s.recall()), fmt(s.f1()));
        return counts ? head + "  (tp " + s.tp() + ", predicted " + s.predicted() + ", gold " + s.gold() + ")" : head;
    }

    /** Three decimals, rounding the exact binary value half-even as Python's format does. */
    static String fmt(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
