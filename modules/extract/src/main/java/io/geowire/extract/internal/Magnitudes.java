package io.geowire.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a magnitude (share, volume, duration) in raw text: "80% of crude exports", "1 million bpd", "30 days". */
final class Magnitudes {
    private static final String NUMBER = "(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|several|a few)";
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)\\b(?:(?:about|around|over|more than|less than|at least"
            + "|up to|as much as|nearly|almost|some|roughly|approximately|only|just|by)\\s+)?" + NUMBER
            + "(?:\\s*(?:million|thousand|billion|mln|bn))?\\s*(?:%|percent\\b|per cent\\b|barrels(?:\\s+(?:per|a)\\s+day)?"
            + "|bpd\\b|b/d\\b|tonnes\\b|tons\\b|cubic met(?:er|re)s\\b|bcm\\b|days\\b|weeks\\b|months\\b)"
            + "(?:\\s+of\\s+(?:[\\p{L}\\u2019'-]+\\s+){0,4}?(?:exports|production|supplies|imports|capacity|flows?|output"
            + "|oil|gas|crude|revenue|income|budget|trade)\\b)?");

    private static final Pattern SHARE = Pattern.compile("(?i)\\bby (?:half|a third|a quarter|two[- ]thirds|three[- ]quarters)\\b");

    private Magnitudes() {
    }

    /** The first magnitude in text[from, to), or null. */
    static String find(String text, int from, int to) {
        Matcher share = SHARE.matcher(text).region(from, to);
        int shareAt = share.find() ? share.start() : Integer.MAX_VALUE;
        String byShare = shareAt == Integer.MAX_VALUE ? null : share.group();
        Matcher m = MAGNITUDE.matcher(text).region(from, to);
        while (m.find()) {
            String g = m.group().strip();
            if (!g.isEmpty() && Character.isLetterOrDigit(g.charAt(g.length() - 1)) || g.endsWith("%")) {
                return m.start() < shareAt ? g : byShare;
            }
        }
        return byShare;
    }
}
