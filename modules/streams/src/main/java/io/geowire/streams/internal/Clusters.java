package io.geowire.streams.internal;

import io.geowire.model.EventFields;
import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds and grows corroborated events (clusters of extracted events). Every summary field is recomputed
 * from the members, so the result depends only on the set of members and their arrival order.
 */
final class Clusters {

    private Clusters() {
    }

    /** Cluster ids are stable: "c-" + the id of the event that founded the cluster. */
    public static String idFor(String foundingEventId) {
        return "c-" + foundingEventId;
    }

    public static ClusterMember member(Event event, long timestamp) {
        EventFields f = EventFields.of(event);
        return ClusterMember.newBuilder()
                .setEventId(f.id())
                .setArticleId(f.articleId())
                .setArticle(f.article())
                .setOutlet(f.source())
                .setDate(f.date())
                .setPublished(f.published())
                .setHedged(f.hedged())
                .setConfidence(f.confidence())
                .setEvidence(f.evidence())
                .setTimestamp(timestamp)
                .setFields(EventIdentity.fields(event))
                .build();
    }

    public static CorroboratedCluster found(Event event, long timestamp) {
        return summarise(idFor(event.getId()), EventIdentity.corroborationKey(event), event.getType(),
                EventIdentity.entity(event), List.of(member(event, timestamp)));
    }

    public static CorroboratedCluster add(CorroboratedCluster cluster, ClusterMember member) {
        List<ClusterMember> members = new ArrayList<>(cluster.getMembers());
        members.add(member);
        return summarise(cluster.getId(), cluster.getKey(), cluster.getType(), cluster.getEntity(), members);
    }

    public static boolean contains(CorroboratedCluster cluster, String eventId) {
        return cluster.getMembers().stream().anyMatch(m -> m.getEventId().equals(eventId));
    }

    static CorroboratedCluster summarise(String id, String key, String type, String entity,
            List<ClusterMember> members) {
        List<ClusterMember> byConfidence = new ArrayList<>(members);
        // stable sort: among equally confident members the earliest arrival wins
        byConfidence.sort(Comparator.comparingDouble(ClusterMember::getConfidence).reversed());
        Map<String, String> fields = new LinkedHashMap<>();
        byConfidence.forEach(m -> m.getFields().forEach(fields::putIfAbsent));
        LinkedHashSet<String> articles = new LinkedHashSet<>();
        LinkedHashSet<String> outlets = new LinkedHashSet<>();
        members.forEach(m -> {
            articles.add(m.getArticleId());
            if (m.getOutlet() != null) {
                outlets.add(m.getOutlet());
            }
        });
        String date = bestDate(members);
        return CorroboratedCluster.newBuilder()
                .setId(id)
                .setKey(key)
                .setType(type)
                .setEntity(entity)
                .setFields(fields)
                .setDate(date)
                .setEventDay(eventDay(date, members))
                .setHedged(members.stream().allMatch(ClusterMember::getHedged))
                .setConfidence(byConfidence.get(0).getConfidence())
                .setEvidence(byConfidence.get(0).getEvidence())
                .setSources(articles.size())
                .setArticles(new ArrayList<>(articles))
                .setOutlets(new ArrayList<>(outlets))
                .setMembers(members)
                .build();
    }

    /** The earliest day-precise date, else the earliest month, else null. */
    static String bestDate(List<ClusterMember> members) {
        String best = null;
        for (ClusterMember m : members) {
            String d = m.getDate();
            if (EventDates.start(d) == null) {
                continue;
            }
            if (best == null || isBetter(d, best)) {
                best = d;
            }
        }
        return best;
    }

    private static boolean isBetter(String candidate, String best) {
        boolean candidateDay = EventDates.isDay(candidate);
        boolean bestDay = EventDates.isDay(best);
        if (candidateDay != bestDay) {
            return candidateDay;
        }
        return EventDates.start(candidate).isBefore(EventDates.start(best));
    }

    /** Event time in epoch days: the date, else the earliest publication date, else the earliest record time. */
    static long eventDay(String date, List<ClusterMember> members) {
        LocalDate start = EventDates.start(date);
        if (start != null) {
            return start.toEpochDay();
        }
        return members.stream()
                .map(ClusterMember::getPublished)
                .map(EventDates::start)
                .filter(java.util.Objects::nonNull)
                .mapToLong(LocalDate::toEpochDay)
                .min()
                .orElseGet(() -> members.stream()
                        .mapToLong(m -> EventDates.dayOfMillis(m.getTimestamp()))
                        .min()
                        .orElse(0L));
    }
}
