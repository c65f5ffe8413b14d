/** Throughput benchmark on a generated corpus (not run by the unit tests). */
package io.geowire.extract.bench;
