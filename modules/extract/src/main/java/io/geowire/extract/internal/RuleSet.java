package io.geowire.extract.internal;

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
public final class RuleSet {
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    private static final int PREFIX = 4;

    private final List<Rule> rules = new ArrayList<>();
    /** Keys of up to PREFIX characters -> rules, looked up with each token's first 1..PREFIX characters. */
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
        String regex = expand(r[7], macros, 0);
        try {
            return new Rule(r[0], r[1], r[2], r[3], r[4], flags, keys, Pattern.compile(regex), DataFiles.col(r, 8));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("rules.tsv: bad pattern in rule " + r[0] + ": " + regex, e);
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
            String p = k.length() > PREFIX ? k.substring(0, PREFIX) : k;
            byKeyPrefix.computeIfAbsent(p, x -> new ArrayList<>()).add(index);
        }
    }

    /** The rules worth trying on the sentence, in file order (file order is priority order). */
    public List<Rule> candidates(NormSentence s) {
        Set<Integer> hit = new java.util.TreeSet<>();
        for (Tok t : s.toks) {
            String w = t.norm;
            int max = Math.min(PREFIX, w.length());
            for (int len = 1; len <= max; len++) {
                List<Integer> ids = byKeyPrefix.get(w.substring(0, len));
                if (ids == null) {
                    continue;
                }
                for (int id : ids) {
                    if (!hit.contains(id) && hasKey(rules.get(id), w)) {
                        hit.add(id);
                    }
                }
            }
        }
        List<Rule> out = new ArrayList<>(hit.size());
        for (int id : hit) {
            out.add(rules.get(id));
        }
        return out;
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
