/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@code order-key} of every ordered rule: positive numbers that rise along the installation order, spaced apart
 * so that a rule placed between two others takes a free key between theirs and no other rule's key changes. A
 * dense 0-based index would give every rule behind a new one a new index, thousands of status writes for one rule.
 *
 * <p>Rules appended at the end, and every rule of a first order, are {@value #SPACING} apart. A run of rules placed
 * between two kept keys shares the room between them evenly; a run before the first kept key is placed at most
 * {@value #SPACING} apart right before it. When the room would put keys fewer than {@value #MIN_STEP} apart, the
 * rules around the run are given new keys too, in a window that doubles until they fit {@value #RESPREAD_STEP}
 * apart, at worst over the whole order. So rules inserted at one place again and again cost new keys for about one
 * neighbour per rule, not for every rule behind them.
 *
 * <p>Not thread-safe: the {@link RuleOrderKeeper} owns it and calls it under its own lock.
 */
final class OrderKeys {
    /** How far apart the keys of a first order and of appended rules are. */
    static final long SPACING = 1_000_000_000L;
    /** The least distance between keys given to a run of rules, before its neighbours are given new keys too. */
    static final long MIN_STEP = 1_000L;
    /**
     * The least distance between keys when rules around a run are given new keys: far enough apart that the next
     * rules placed there find room again for a while.
     */
    static final long RESPREAD_STEP = 1_000_000L;

    private final Map<String, Long> keys = new HashMap<>();

    /**
     * A rule's key.
     *
     * @param name the rule
     * @return its key, or -1 if it has none
     */
    long keyOf(final @NonNull String name) {
        final Long key = keys.get(name);
        return key == null ? -1 : key;
    }

    /**
     * Gives every rule of a new order its key, finding the rules placed anew by a scan of the order: for a first
     * order, and for callers that do not know where they are.
     *
     * @param order the rule names, in installation order
     * @param placedAnew rules that are new or changed, which take a key wherever they now are
     * @param gone rules that left the order
     * @return each rule not placed anew whose key changed, with its new key
     */
    @NonNull Map<String, Long> assign(final @NonNull List<String> order, final @NonNull Set<String> placedAnew,
            final @NonNull Set<String> gone) {
        return assign(order, IntStream.range(0, order.size()).filter(at -> placedAnew.contains(order.get(at)))
            .toArray(), placedAnew, gone);
    }

    /**
     * Gives every rule of a new order its key: a rule keeps its key unless it is placed anew or there is no room
     * around a rule that is; rules that left the order lose theirs. Only the places of the rules placed anew and
     * the windows around them are looked at, so one new rule among 10,000 costs a few keys, not a pass over the
     * order. The rules that keep their place relative to each other keep keys that rise along the order.
     *
     * @param order the rule names, in installation order
     * @param placed where the rules placed anew are in the order, ascending; positions of other rules are ignored
     * @param placedAnew rules that are new or changed, which take a key wherever they now are
     * @param gone rules that left the order
     * @return each rule not placed anew whose key changed, with its new key
     */
    @NonNull Map<String, Long> assign(final @NonNull List<String> order, final int @NonNull [] placed,
            final @NonNull Set<String> placedAnew, final @NonNull Set<String> gone) {
        gone.forEach(keys::remove);
        placedAnew.forEach(keys::remove);
        final Map<String, Long> before = new HashMap<>();
        int done = 0;
        for (int from : placed) {
            if (from >= done && placedAnew.contains(order.get(from))) {
                done = placeRunFrom(order, from, before);
            }
        }
        final Map<String, Long> moved = new HashMap<>();
        before.forEach((name, key) -> {
            final Long now = keys.get(name);
            if (now != null && now.longValue() != key) {
                moved.put(name, now);
            }
        });
        return moved;
    }

    /**
     * The key a rule keeps: its key so far, if it still lies above the key before it. Rules placed anew have none.
     */
    private @Nullable Long keptKey(final String name, final long keyBefore) {
        final Long key = keys.get(name);
        return key != null && key > keyBefore ? key : null;
    }

    /**
     * The key of the rule before a position: every rule before a run has its final key by then.
     */
    private long keyBefore(final List<String> order, final int at) {
        final Long key = at == 0 ? null : keys.get(order.get(at - 1));
        return key == null ? 0 : key;
    }

    /**
     * Places the run of rules without a kept key that starts at {@code from}, widening the window of rules given
     * new keys until they fit at least {@link #MIN_STEP} apart.
     *
     * @param before where the keys that rules not placed anew had before are noted, the first time one changes
     * @return the position after the last rule given a key
     */
    private int placeRunFrom(final List<String> order, final int from, final Map<String, Long> before) {
        final int size = order.size();
        int to = from + 1;
        final long keyBefore = keyBefore(order, from);
        while (to < size && keptKey(order.get(to), keyBefore) == null) {
            to++;
        }
        for (int reach = 0; ; reach = reach == 0 ? 1 : reach * 2) {
            final int low = Math.max(0, from - reach);
            final long lowKey = keyBefore(order, low);
            int high = Math.min(size, to + reach);
            Long highKey = null;
            while (high < size && (highKey = keptKey(order.get(high), lowKey)) == null) {
                high++;
            }
            final long[] spread = new long[high - low];
            if (spread(spread, lowKey, highKey, reach == 0 ? MIN_STEP : RESPREAD_STEP)) {
                for (int i = 0; i < spread.length; i++) {
                    final String name = order.get(low + i);
                    final Long had = keys.put(name, spread[i]);
                    if (had != null && !before.containsKey(name)) {
                        before.put(name, had);
                    }
                }
                return high;
            }
        }
    }

    /**
     * Fills {@code out} with keys above {@code lowKey} and below {@code highKey}.
     *
     * @return false if they would be fewer than {@code minStep} apart
     */
    private static boolean spread(final long[] out, final long lowKey, final @Nullable Long highKey,
            final long minStep) {
        final int count = out.length;
        if (highKey == null) {
            // nothing kept behind them: appended, as far apart as a first order
            if (lowKey > Long.MAX_VALUE - SPACING * (count + 1L)) {
                return false;
            }
            for (int i = 0; i < count; i++) {
                out[i] = lowKey + SPACING * (i + 1);
            }
            return true;
        }
        long step = (highKey - lowKey) / (count + 1L);
        if (lowKey == 0) {
            // before every kept key: close to the first one, leaving room in front for more
            step = Math.min(step, SPACING);
        }
        if (step < minStep) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            out[i] = highKey - step * (count - i);
        }
        return true;
    }
}
