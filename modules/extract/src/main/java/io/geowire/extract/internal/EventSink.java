package io.geowire.extract.internal;

import io.geowire.extract.ExtractedEvent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Collects events of one article, once each: an event whose type, key fields and evidence text were seen before
 * (a repeated paragraph) or whose key fields match an event with overlapping evidence (two rules on one clause)
 * is dropped.
 */
final class EventSink {
    private final String article;
    private final String version;
    private final List<ExtractedEvent> events = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    EventSink(String article, String version) {
        this.article = article;
        this.version = version;
    }

    /** Mutable draft of an event. */
    static final class Draft {
        String type;
        String date;
        boolean hedged;
        String evidence;
        int start;
        int end;
        double confidence;
        String actor;
        String target;
        String polarity;
        String topic;
        String route;
        String status;
        String cause;
        String magnitude;
        String speaker;
        String position;
        String regime;

        Draft copy() {
            Draft d = new Draft();
            d.type = type;
            d.date = date;
            d.hedged = hedged;
            d.evidence = evidence;
            d.start = start;
            d.end = end;
            d.confidence = confidence;
            d.actor = actor;
            d.target = target;
            d.polarity = polarity;
            d.topic = topic;
            d.route = route;
            d.status = status;
            d.cause = cause;
            d.magnitude = magnitude;
            d.speaker = speaker;
            d.position = position;
            d.regime = regime;
            return d;
        }

        String keys() {
            return switch (type) {
                case "stance" -> actor + "|" + target + "|" + polarity;
                case "route_disruption" -> route + "|" + status;
                default -> actor + "|" + position;
            };
        }
    }

    boolean add(Draft d) {
        String id = fingerprint(article + "\u0000" + d.type + "\u0000" + d.keys() + "\u0000" + d.evidence);
        if (!ids.add(id) || overlapsSame(d)) {
            return false;
        }
        events.add(new ExtractedEvent(id, d.type, article, d.date, d.hedged, d.evidence, d.start, d.end,
                Math.round(d.confidence * 100) / 100.0, d.actor, d.target, d.polarity, d.topic, d.route, d.status,
                d.cause, d.magnitude, d.speaker, d.position, d.regime, version));
        return true;
    }

    /** True if an event with the same type and keys already covers part of this evidence. */
    private boolean overlapsSame(Draft d) {
        for (ExtractedEvent e : events) {
            if (e.type().equals(d.type) && keys(e).equals(d.keys()) && e.evidenceStart() < d.end
                    && d.start < e.evidenceEnd()) {
                return true;
            }
        }
        return false;
    }

    private static String keys(ExtractedEvent e) {
        return switch (e.type()) {
            case "stance" -> e.actor() + "|" + e.target() + "|" + e.polarity();
            case "route_disruption" -> e.route() + "|" + e.status();
            default -> e.actor() + "|" + e.position();
        };
    }

    /** True if a route event for this route already comes from the sentence [start, end). */
    boolean hasRouteIn(String route, String status, int start, int end) {
        for (ExtractedEvent e : events) {
            // "resumed after a week-long halt" reports two events; other status pairs in one sentence are one event
            if (e.type().equals("route_disruption") && e.route().equals(route) && !haltAndRestart(e.status(), status)
                    && e.evidenceStart() >= start
                    && e.evidenceEnd() <= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean haltAndRestart(String a, String b) {
        return !a.equals(b) && (a.equals("restored") || b.equals("restored"))
                && (a.equals("disrupted") || b.equals("disrupted"));
    }

    /** True if an event of the draft's type with the same key fields is already listed. */
    boolean hasKeys(Draft d) {
        return hasKeysIn(d, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** True if an event of the draft's type with the same key fields has its evidence start in [start, end). */
    boolean hasKeysIn(Draft d, int start, int end) {
        for (ExtractedEvent e : events) {
            if (e.type().equals(d.type) && keys(e).equals(d.keys()) && e.evidenceStart() >= start
                    && e.evidenceStart() < end) {
                return true;
            }
        }
        return false;
    }

    /** True if a sanction statement with one of {@code positions} has its evidence start in [start, end). */
    boolean hasPositionIn(Set<String> positions, int start, int end) {
        for (ExtractedEvent e : events) {
            if (e.type().equals("sanction_statement") && positions.contains(e.position())
                    && e.evidenceStart() >= start && e.evidenceStart() < end) {
                return true;
            }
        }
        return false;
    }

    /** True if a stance with this polarity has its evidence start in [start, end). */
    boolean hasPolarityIn(String polarity, int start, int end) {
        for (ExtractedEvent e : events) {
            if (e.type().equals("stance") && polarity.equals(e.polarity())
                    && e.evidenceStart() >= start && e.evidenceStart() < end) {
                return true;
            }
        }
        return false;
    }

    /** Positions of the events of {@code type} whose evidence starts in [start, end). */
    List<Integer> indicesIn(String type, int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            ExtractedEvent e = events.get(k);
            if (e.type().equals(type) && e.evidenceStart() >= start && e.evidenceStart() < end) {
                out.add(k);
            }
        }
        return out;
    }

    /** Replaces the confidence of the event at {@code index} (the learned stage calibrates the rules' events). */
    void setConfidence(int index, double confidence) {
        ExtractedEvent e = events.get(index);
        events.set(index, new ExtractedEvent(e.id(), e.type(), e.article(), e.date(), e.hedged(), e.evidence(),
                e.evidenceStart(), e.evidenceEnd(), Math.round(confidence * 100) / 100.0, e.actor(), e.target(),
                e.polarity(), e.topic(), e.route(), e.status(), e.cause(), e.magnitude(), e.speaker(), e.position(),
                e.regime(), e.extractorVersion()));
    }

    /** Drops the events at these indices (the learned stage vetoes rule events it finds very unlikely). */
    void removeAll(java.util.Collection<Integer> indices) {
        indices.stream().distinct().sorted(java.util.Comparator.reverseOrder()).forEach(k -> {
            ids.remove(events.get(k).id());
            events.remove(k.intValue());
        });
    }

    List<ExtractedEvent> events() {
        return List.copyOf(events);
    }

    static String fingerprint(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
