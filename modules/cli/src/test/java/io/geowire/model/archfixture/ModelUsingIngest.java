package io.geowire.model.archfixture;

import io.geowire.ingest.IngestSummary;

/** A deliberate breach for ArchitectureTest: model code using another module. Test code only. */
public final class ModelUsingIngest {

    public String describe(IngestSummary summary) {
        return String.valueOf(summary);
    }
}
