package io.geowire.streams.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The one way lists are merged: parts concatenated, then sorted (instances hold disjoint partitions). */
final class Merging {

    private Merging() {
    }

    static <T> List<T> concatSorted(Collection<? extends Collection<? extends T>> parts, Comparator<? super T> order) {
        List<T> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(order);
        return all;
    }
}
