/**
 * Implementation of the extractor (not an API): tokenising, spinner normalisation, gazetteers, clauses, rules,
 * participants (actor/target heuristics), dates, quotes and deduplication.
 */
package io.geowire.extract.internal;
