/** Scoring against gold annotations exactly as shared/eval/score.py does, and a predictions dump for cross-checks. */
package io.geowire.extract.eval;
