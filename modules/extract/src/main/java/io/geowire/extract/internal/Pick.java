package io.geowire.extract.internal;

/**
 * A chosen actor or target.
 *
 * @param id       actor id
 * @param explicit named in the trigger's clause (rather than inferred)
 * @param tok      the mention, if any (for a context pair: the partner)
 * @param flip     the mention was "anti-X": polarity is reversed
 */
record Pick(String id, boolean explicit, Tok tok, boolean flip) {
}
