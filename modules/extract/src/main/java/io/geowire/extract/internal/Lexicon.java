package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gazetteers (actors, people, affiliations, places, routes) and the spinner table, loaded from the data files. */
public final class Lexicon {
    final PhraseTrie<Entity> entities = new PhraseTrie<>();
    final PhraseTrie<List<String>> spinner = new PhraseTrie<>();
    /** Display name of each actor id (first name listed), e.g. KAZ -> Kazakhstan. */
    final Map<String, String> actorNames = new HashMap<>();
    /** A state, an organisation of the vocabulary, or a body outside it (see actors.tsv). */
    private static final Set<String> ACTOR_KINDS = Set.of("state", "org", "outside");
    final Map<String, String> actorKinds = new HashMap<>();
    /** Route patterns over the normalised sentence: regex -> route id (may contain {FOCUS}). */
    final List<RoutePattern> routePatterns = new ArrayList<>();
    /** Whether a text could name anything above: filled alongside the tries, from the same phrases. */
    final RelevanceGate gate = new RelevanceGate();

    /** A route pattern, tried only on sentences containing one of {@code needs} (all when empty). */
    record RoutePattern(java.util.regex.Pattern pattern, String routeId, List<String> needs) {
        boolean worthTrying(String text) {
            if (needs.isEmpty()) {
                return true;
            }
            for (String n : needs) {
                if (text.contains(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    public Lexicon(DataFiles files) {
        loadActors(files);
        loadPeople(files);
        loadSimple(files.rows("affiliations.tsv"), Tok.Kind.AFFILIATION, 3);
        loadSimple(files.rows("places.tsv"), Tok.Kind.PLACE, 0);
        loadRoutes(files);
        loadSpinner(files);
        gate.seal();
    }

    private void loadActors(DataFiles files) {
        for (String[] r : files.rows("actors.tsv")) {
            String id = r[0];
            String kind = DataFiles.col(r, 1);
            if (!ACTOR_KINDS.contains(kind)) {
                throw new IllegalArgumentException("actors.tsv: kind of " + id + " must be one of " + ACTOR_KINDS
                        + ", got '" + kind + "'");
            }
            boolean state = "state".equals(kind);
            actorKinds.put(id, kind);
            List<String> names = DataFiles.list(DataFiles.col(r, 2));
            if (!names.isEmpty()) {
                actorNames.putIfAbsent(id, names.get(0));
            }
            for (int c = 2; c <= 4; c++) {
                Entity e = new Entity(Tok.Kind.ACTOR, id, null, state, 1, c == 3);
                for (String alias : DataFiles.list(DataFiles.col(r, c))) {
                    addEntity(alias, e);
                }
            }
        }
    }

    /** Every gazetteer phrase goes through here, so the relevance gate knows each one. */
    private void addEntity(String alias, Entity e) {
        entities.add(alias, e);
        gate.addPhrase(alias);
    }

    private void loadPeople(DataFiles files) {
        for (String[] r : files.rows("people.tsv")) {
            String canonical = DataFiles.col(r, 1);
            Entity e = new Entity(Tok.Kind.ACTOR, r[0], canonical, false, 2, false);
            addEntity(canonical, e);
            for (String alias : DataFiles.list(DataFiles.col(r, 2))) {
                addEntity(alias, e);
            }
        }
    }

    private void loadSimple(List<String[]> rows, Tok.Kind kind, int priority) {
        for (String[] r : rows) {
            Entity e = new Entity(kind, r[0], null, false, priority, false);
            for (String alias : DataFiles.list(DataFiles.col(r, 1))) {
                addEntity(alias, e);
            }
        }
    }

    private void loadRoutes(DataFiles files) {
        for (String[] r : files.rows("routes.tsv")) {
            String kind = DataFiles.col(r, 1);
            if (kind.equals("alias")) {
                Entity e = new Entity(Tok.Kind.ROUTE, r[0], null, false, 4, false);
                for (String alias : DataFiles.list(DataFiles.col(r, 2))) {
                    addEntity(alias, e);
                }
            } else if (kind.equals("pattern")) {
                List<String> needs = new ArrayList<>();
                for (String n : DataFiles.col(r, 3).split(",")) {
                    if (!n.isBlank()) {
                        needs.add(n.strip());
                        gate.addNeed(n.strip());
                    }
                }
                if (needs.isEmpty()) {
                    gate.openForAll();
                }
                routePatterns.add(new RoutePattern(java.util.regex.Pattern.compile(DataFiles.col(r, 2)), r[0], needs));
            }
        }
    }

    private void loadSpinner(DataFiles files) {
        for (String[] r : files.rows("spinner.tsv")) {
            String canonical = DataFiles.col(r, 1);
            List<String> words = new ArrayList<>();
            for (Tok t : Tokenizer.tokenize(canonical, 0, canonical.length())) {
                words.add(t.norm);
            }
            spinner.add(r[0], words);
            // a rewrite can only create a tracked name if its output holds a word of one
            gate.addSpunPhrase(r[0], words);
        }
    }

    public String actorName(String id) {
        return actorNames.getOrDefault(id, id);
    }

    /** True for a body the vocabulary has no id for (kind {@code outside}): no event may name it as a party. */
    public boolean outsideVocabulary(String id) {
        return "outside".equals(actorKinds.get(id));
    }

    public boolean isOrganisation(String id) {
        return !"state".equals(actorKinds.get(id));
    }
}
