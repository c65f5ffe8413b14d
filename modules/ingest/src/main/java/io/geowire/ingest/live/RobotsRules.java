package io.geowire.ingest.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a robots.txt (RFC 9309) that apply to one user-agent token: the groups naming it, or else the
 * {@code *} groups; the longest matching Allow or Disallow path wins, Allow on a tie; {@code *} and {@code $} work
 * as the RFC says.
 */
public final class RobotsRules {

    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private record Rule(boolean allow, String path) {
        boolean matches(String target) {
            return toPattern(path).matcher(target).lookingAt();
        }
    }

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = rules;
    }

    public static RobotsRules parse(String text, String token) {
        String agent = token.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        boolean named = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (field.equals("user-agent")) {
                if (inRules) {
                    groupAgents.clear();
                    inRules = false;
                }
                String agentLine = value.toLowerCase(Locale.ROOT);
                groupAgents.add(agentLine);
                // a group naming us applies instead of the * groups, even when it allows everything
                named |= !agentLine.equals("*") && agent.startsWith(agentLine);
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue; // an empty Disallow allows everything
                }
                Rule rule = new Rule(field.equals("allow"), value);
                if (groupAgents.stream().anyMatch(a -> !a.equals("*") && agent.startsWith(a))) {
                    mine.add(rule);
                } else if (groupAgents.contains("*")) {
                    anyone.add(rule);
                }
            }
        }
        return new RobotsRules(named ? mine : anyone);
    }

    /** Whether {@code pathAndQuery} (e.g. {@code /news/a?id=1}) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String target = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (r.matches(target) && (best == null || r.path().length() > best.path().length()
                    || (r.path().length() == best.path().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static Pattern toPattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '$' && i == path.length() - 1) {
                regex.append('$');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
