package io.geowire.extract.internal;

import io.geowire.model.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules with their macros expanded, and a cheap candidate filter: a rule is only tried on a sentence that
 * contains one of its key prefixes, so most sentences cost a few hash look-ups and no regex.
 */
final class RuleSet {
    private static final Set<String> TARGETS = Set.of("obj", "secondary", "troops", "mutual", "-");
    private static final Set<String> NEGATIONS = Set.of("flip", "drop", "keep", "require", "-");
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    /** Keys are indexed by their first 3 characters (2 for two-letter keys). */
    private static final int PREFIX = 3;

    private final List<Rule> rules = new ArrayList<>();
    /** Key prefixes (2 or 3 characters) -> rules. */
    private final Map<String, List<Integer>> byKeyPrefix = new HashMap<>();

    public RuleSet(DataFiles files) {
        Map<String, String> macros = new LinkedHashMap<>();
        for (String[] r : files.rows("macros.tsv")) {
            macros.put(r[0], DataFiles.col(r, 1));
        }
        for (String[] r : files.rows("rules.tsv")) {
            add(parse(r, macros));
        }
    }

    private static Rule parse(String[] r, Map<String, String> macros) {
        if (r.length < 8) {
            throw new IllegalArgumentException("rules.tsv: rule " + r[0] + " needs 8 or 9 columns, has " + r.length);
        }
        Map<String, String> flags = new HashMap<>();
        for (String f : r[5].split(",")) {
            if (f.isBlank() || f.equals("-")) {
                continue;
            }
            int eq = f.indexOf('=');
            flags.put(eq < 0 ? f.strip() : f.substring(0, eq).strip(), eq < 0 ? "" : f.substring(eq + 1).strip());
        }
        List<String> keys = new ArrayList<>();
        for (String k : r[6].split(",")) {
            if (!k.isBlank()) {
                keys.add(k.strip());
            }
        }
        checkColumns(r);
        RuleFlags options = RuleFlags.parse(r[0], flags);
        // every match starts at a token boundary, so "eas\\w*" cannot fire inside "treasury"
        String regex = "(?<![^ ])(?:" + expand(r[7], macros, 0) + ")";
        try {
            return new Rule(r[0], r[1], r[2], r[3], r[4], options, keys, Pattern.compile(regex), DataFiles.col(r, 8));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("rules.tsv: bad pattern in rule " + r[0] + ": " + regex, e);
        }
    }

    /** Type, value, target strategy and negation mode must be ones the engine knows. */
    private static void checkColumns(String[] r) {
        String id = r[0];
        EventType type = EventType.byWireName(r[1]).orElseThrow(() -> new IllegalArgumentException(
                "rules.tsv: rule " + id + " has unknown type '" + r[1] + "'; known: " + EventType.wireNames()));
        if (!type.labels().contains(r[2])) {
            throw new IllegalArgumentException("rules.tsv: rule " + id + ": '" + r[2] + "' is not a "
                    + type.labelField() + " " + type.labels());
        }
        if (!TARGETS.contains(r[3]) && !r[3].startsWith("fixed:")) {
            throw new IllegalArgumentException("rules.tsv: rule " + id + " has unknown target '" + r[3]
                    + "'; known: " + TARGETS + ", fixed:ID");
        }
        String negation = r[4];
        boolean redirect = negation.startsWith("->") && type.labels().contains(negation.substring(2));
        if (!NEGATIONS.contains(negation) && !redirect) {
            throw new IllegalArgumentException("rules.tsv: rule " + id + " has unknown negation '" + negation
                    + "'; known: " + NEGATIONS + ", ->" + type.labelField());
        }
    }

    static String expand(String regex, Map<String, String> macros, int depth) {
        if (depth > 5) {
            return regex;
        }
        Matcher m = MACRO.matcher(regex);
        StringBuilder sb = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(body));
                changed = true;
            }
        }
        m.appendTail(sb);
        return changed ? expand(sb.toString(), macros, depth + 1) : sb.toString();
    }

    private void add(Rule rule) {
        int index = rules.size();
        rules.add(rule);
        for (String k : rule.keys()) {
            if (k.length() < 2) {
                throw new IllegalArgumentException("rules.tsv: key '" + k + "' of rule " + rule.id() + " is shorter than 2");
            }
            String p = k.length() > PREFIX ? k.substring(0, PREFIX) : k;
            byKeyPrefix.computeIfAbsent(p, x -> new ArrayList<>()).add(index);
        }
    }

    /** The rules worth trying on the sentence, in file order (file order is priority order). */
    public List<Rule> candidates(NormSentence s) {
        java.util.BitSet hit = new java.util.BitSet(rules.size());
        for (Tok t : s.toks) {
            String w = t.norm;
            if (w.length() < 2 || t.kind != Tok.Kind.WORD) {
                continue;
            }
            lookup(w, w.substring(0, 2), hit);
            if (w.length() >= 3) {
                lookup(w, w.substring(0, 3), hit);
            }
        }
        List<Rule> out = new ArrayList<>(hit.cardinality());
        for (int id = hit.nextSetBit(0); id >= 0; id = hit.nextSetBit(id + 1)) {
            out.add(rules.get(id));
        }
        return out;
    }

    private void lookup(String token, String prefix, java.util.BitSet hit) {
        List<Integer> ids = byKeyPrefix.get(prefix);
        if (ids == null) {
            return;
        }
        for (int id : ids) {
            if (!hit.get(id) && hasKey(rules.get(id), token)) {
                hit.set(id);
            }
        }
    }

    private static boolean hasKey(Rule r, String token) {
        for (String k : r.keys()) {
            if (token.startsWith(k)) {
                return true;
            }
        }
        return false;
    }

    public List<Rule> all() {
        return List.copyOf(rules);
    }

    static Set<String> types(List<Rule> rules) {
        Set<String> s = new LinkedHashSet<>();
        for (Rule r : rules) {
            s.add(r.type());
        }
        return s;
    }
}
