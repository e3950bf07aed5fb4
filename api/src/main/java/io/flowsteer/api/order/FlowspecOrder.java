/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.order;

import io.flowsteer.api.wire.FlowspecNlri;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The installation order of flowspec rules: draft-ietf-idr-fsv2-ip-basic section 6.3 (FSv2 before FSv1), section
 * 6.1 within FSv2, RFC 8955 section 5.1 and RFC 8956 section 4 within FSv1. Lower sorts first (higher precedence).
 * The order is total over distinct rules and independent of arrival order; see {@link SortKey}.
 */
public final class FlowspecOrder {
    private static final Comparator<FlowspecNlri> COMPARATOR = (left, right) ->
        SortKey.of(left).compareTo(SortKey.of(right));

    private FlowspecOrder() {
        // utility class
    }

    /**
     * A comparator that computes keys on every call; prefer {@link #sort(Collection)} or {@link SortKey} for bulk
     * work.
     *
     * @return the comparator, negative when the first rule has higher precedence
     */
    public static @NonNull Comparator<FlowspecNlri> comparator() {
        return COMPARATOR;
    }

    /**
     * Sorts rules into installation order, computing each rule's key once.
     *
     * @param <T> rule type
     * @param rules the rules, any order
     * @return a new list in installation order
     */
    public static <T extends FlowspecNlri> @NonNull List<T> sort(final @NonNull Collection<T> rules) {
        final Keyed<?>[] keyed = new Keyed<?>[rules.size()];
        int index = 0;
        for (T rule : rules) {
            keyed[index++] = new Keyed<>(SortKey.of(rule), rule);
        }
        Arrays.sort(keyed);
        final List<T> sorted = new ArrayList<>(keyed.length);
        for (Keyed<?> entry : keyed) {
            @SuppressWarnings("unchecked")
            final T rule = (T) entry.rule;
            sorted.add(rule);
        }
        return sorted;
    }

    private record Keyed<T>(SortKey key, T rule) implements Comparable<Keyed<?>> {
        @Override
        public int compareTo(final Keyed<?> other) {
            return key.compareTo(other.key);
        }
    }
}
