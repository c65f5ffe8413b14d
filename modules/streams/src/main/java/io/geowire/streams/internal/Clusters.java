package io.geowire.streams.internal;

import io.geowire.model.EventFields;
import io.geowire.model.avro.ClusterMember;
import io.geowire.model.avro.CorroboratedCluster;
import io.geowire.model.avro.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds and grows corroborated events (clusters of extracted events). The summary is folded member by member
 * in arrival order, so it depends only on the members and their order, and adding one reads none of the earlier
 * members: every member is in a store of its own ({@link ClusterMembers}), the value keeps a summary and the
 * newest {@value #RECENT_MEMBERS}. What still grows with the cluster is the list of article ids (and outlets),
 * which the API and the aggregates downstream show in full.
 */
final class Clusters {

    /**
     * Members kept in the value itself. None: nothing reads them there, and in a feed where most clusters have a
     * few members, even three would make the value (written on every report) several times its summary.
     */
    static final int RECENT_MEMBERS = 0;

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
        return started(CorroboratedCluster.newBuilder()
                .setId(idFor(event.getId()))
                .setKey(EventIdentity.corroborationKey(event))
                .setType(event.getType())
                .setEntity(EventIdentity.entity(event)), member(event, timestamp));
    }

    /** The summary of a cluster of one member, on a builder that already has the cluster's identity. */
    private static CorroboratedCluster started(CorroboratedCluster.Builder identity, ClusterMember first) {
        Map<String, Double> fieldConfidence = new LinkedHashMap<>();
        first.getFields().keySet().forEach(k -> fieldConfidence.put(k, first.getConfidence()));
        String date = EventDates.start(first.getDate()) == null ? null : first.getDate();
        LocalDate published = EventDates.start(first.getPublished());
        Long publishedDay = published == null ? null : published.toEpochDay();
        long recordDay = EventDates.dayOfMillis(first.getTimestamp());
        return identity
                .setFields(new LinkedHashMap<>(first.getFields()))
                .setFieldConfidence(fieldConfidence)
                .setDate(date)
                .setPublishedDay(publishedDay)
                .setRecordDay(recordDay)
                .setEventDay(eventDay(date, publishedDay, recordDay))
                .setHedged(first.getHedged())
                .setConfidence(first.getConfidence())
                .setEvidence(first.getEvidence())
                .setSources(1)
                .setArticles(new ArrayList<>(List.of(first.getArticleId())))
                .setOutlets(first.getOutlet() == null ? new ArrayList<>() : new ArrayList<>(List.of(first.getOutlet())))
                .setMemberCount(1)
                .setMembers(new ArrayList<>(List.of(first).subList(0, Math.min(1, RECENT_MEMBERS))))
                .build();
    }

    /**
     * The cluster with one more member, folded into the summary without reading the earlier members: each summary
     * field is kept in a form that one more member can update (see the schema's fieldConfidence, publishedDay and
     * recordDay), and the result equals a summary recomputed from all members in arrival order.
     */
    public static CorroboratedCluster add(CorroboratedCluster cluster, ClusterMember member) {
        CorroboratedCluster.Builder b = CorroboratedCluster.newBuilder(cluster);
        addFields(b, member);
        String d = member.getDate();
        if (EventDates.start(d) != null && (cluster.getDate() == null || isBetter(d, cluster.getDate()))) {
            b.setDate(d);
        }
        LocalDate published = EventDates.start(member.getPublished());
        if (published != null
                && (cluster.getPublishedDay() == null || published.toEpochDay() < cluster.getPublishedDay())) {
            b.setPublishedDay(published.toEpochDay());
        }
        long recordDay = EventDates.dayOfMillis(member.getTimestamp());
        if (cluster.getRecordDay() == null || recordDay < cluster.getRecordDay()) {
            b.setRecordDay(recordDay);
        }
        b.setEventDay(eventDay(b.getDate(), b.getPublishedDay(), b.getRecordDay()));
        b.setHedged(cluster.getHedged() && member.getHedged());
        if (member.getConfidence() > cluster.getConfidence()) {
            // strictly greater: among equally confident members the earliest arrival keeps its evidence
            b.setConfidence(member.getConfidence()).setEvidence(member.getEvidence());
        }
        if (!cluster.getArticles().contains(member.getArticleId())) {
            List<String> articles = new ArrayList<>(cluster.getArticles());
            articles.add(member.getArticleId());
            b.setArticles(articles).setSources(articles.size());
        }
        if (member.getOutlet() != null && !cluster.getOutlets().contains(member.getOutlet())) {
            List<String> outlets = new ArrayList<>(cluster.getOutlets());
            outlets.add(member.getOutlet());
            b.setOutlets(outlets);
        }
        List<ClusterMember> recent = new ArrayList<>(cluster.getMembers());
        recent.add(member);
        b.setMembers(new ArrayList<>(recent.subList(Math.max(0, recent.size() - RECENT_MEMBERS), recent.size())));
        return b.setMemberCount(cluster.getMemberCount() + 1).build();
    }

    /**
     * A value written before the members had a store of their own (memberCount 0, every member in the value),
     * summarised again from its members in arrival order: the same summary, plus the fields that let
     * {@link #add} continue from it.
     */
    public static CorroboratedCluster fromMembers(CorroboratedCluster legacy) {
        List<ClusterMember> all = legacy.getMembers();
        CorroboratedCluster cluster = started(CorroboratedCluster.newBuilder()
                .setId(legacy.getId())
                .setKey(legacy.getKey())
                .setType(legacy.getType())
                .setEntity(legacy.getEntity()), all.get(0));
        for (ClusterMember m : all.subList(1, all.size())) {
            cluster = add(cluster, m);
        }
        return cluster;
    }

    /**
     * A field comes from the most confident member that has it, the earliest among equals: a newer member takes
     * a field over only when it is strictly more confident than the member that gave it.
     */
    private static void addFields(CorroboratedCluster.Builder b, ClusterMember member) {
        Map<String, String> fields = new LinkedHashMap<>(b.getFields());
        Map<String, Double> confidence = new LinkedHashMap<>(b.getFieldConfidence());
        boolean changed = false;
        for (Map.Entry<String, String> f : member.getFields().entrySet()) {
            Double held = confidence.get(f.getKey());
            if (held == null || member.getConfidence() > held) {
                fields.put(f.getKey(), f.getValue());
                confidence.put(f.getKey(), member.getConfidence());
                changed = true;
            }
        }
        if (changed) {
            b.setFields(fields).setFieldConfidence(confidence);
        }
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
    static long eventDay(String date, Long publishedDay, Long recordDay) {
        LocalDate start = EventDates.start(date);
        if (start != null) {
            return start.toEpochDay();
        }
        if (publishedDay != null) {
            return publishedDay;
        }
        return recordDay == null ? 0L : recordDay;
    }
}
