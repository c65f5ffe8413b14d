package io.geowire.ingest;

/** Nothing at all could be read (a path that does not exist, nothing to read in the given folders). */
public class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }
}
