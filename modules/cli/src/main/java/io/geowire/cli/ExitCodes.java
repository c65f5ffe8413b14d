package io.geowire.cli;

/** Process exit codes shared by the verbs. */
final class ExitCodes {

    static final int OK = 0;
    /** The verb ran but failed, e.g. a broker could not be reached. */
    static final int FAILURE = 1;
    /** Options that contradict each other (the code picocli gives its own usage errors). */
    static final int USAGE = 2;
    /** Nothing could be read from the given input. */
    static final int NO_INPUT = 3;
    /** A quality or consistency check failed (evaluate below a bar, counts not adding up). */
    static final int CHECK_FAILED = 4;
    /** A configuration that would be unsafe (the API on the network without a token) or whose secrets are unreadable. */
    static final int REFUSED = 5;

    private ExitCodes() {
    }
}
