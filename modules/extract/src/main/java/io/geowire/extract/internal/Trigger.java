package io.geowire.extract.internal;

/** The trigger of a rule match: token range of the trigger and of the whole match, and the clause around it. */
record Trigger(int tok, int endTok, int matchStart, int matchEnd, int clauseStart, int clauseEnd) {
}
