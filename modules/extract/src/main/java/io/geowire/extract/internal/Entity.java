package io.geowire.extract.internal;

/**
 * A gazetteer entry.
 *
 * @param kind     token kind of the mention
 * @param id       actor id, patron id, route id or state id of a place
 * @param person   canonical person name for people, else null
 * @param state    true for states (used to find an article's focus state)
 * @param adjective true for demonyms and adjectives ("Kazakh"), which name a state but rarely act as a subject
 * @param priority tie-break between kinds for phrases of equal length (higher wins)
 */
record Entity(Tok.Kind kind, String id, String person, boolean state, int priority, boolean adjective) {
}
