package io.geowire.extract.internal;

/**
 * One normalised token with the span of the original text it stands for.
 * Mentions (actors, routes, ...) are single tokens whose {@code norm} is a placeholder such as {@code @KAZ}.
 */
final class Tok {
    /** Token kinds; the placeholder prefix of a mention is given in brackets. */
    public enum Kind { WORD, PUNCT, ACTOR /* @ */, AFFILIATION /* $ */, ROUTE /* # */, PLACE /* & */, ANTI /* ! */ }

    public final String norm;
    public final String surface;
    public final int start;
    public final int end;
    public final Kind kind;
    /** Entity id of a mention (actor/route/patron id), else null. */
    public final String id;
    /** For people: the canonical name; for other mentions: null. */
    public final String person;
    /** True when the mention is a demonym/adjective ("Kazakh", "Turkish") rather than a name. */
    boolean adjective;

    public Tok(String norm, String surface, int start, int end, Kind kind, String id, String person) {
        this.norm = norm;
        this.surface = surface;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.id = id;
        this.person = person;
    }

    static Tok word(String norm, String surface, int start, int end) {
        return new Tok(norm, surface, start, end, Kind.WORD, null, null);
    }

    boolean hasId(String other) {
        return id != null && id.equals(other);
    }

    Tok asPunct() {
        return new Tok(norm, surface, start, end, Kind.PUNCT, null, null);
    }

    boolean isMention() {
        return kind != Kind.WORD && kind != Kind.PUNCT;
    }

    @Override
    public String toString() {
        return norm;
    }
}
