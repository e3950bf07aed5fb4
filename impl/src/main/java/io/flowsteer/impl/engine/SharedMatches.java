/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.wire.FlowspecNlri;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Which matches (NLRIs) more than one rule has, and which of those a change touched since the last pass. A router
 * gets one route per match, the first such rule in installation order (the resolver's {@code SameMatch}), so when
 * one of several rules with a match is created, changed or deleted, the others must be resolved again with it: the
 * one a router got may no longer be first, or gone.
 *
 * <p>Matches held by a single rule are counted but never reported, so the common case (every match unique) costs
 * the engine one map update per changed rule and nothing per pass. Not thread-safe: the engine's thread owns it.
 */
final class SharedMatches {
    private final Map<String, FlowspecNlri> matchOf = new HashMap<>();
    private final Map<FlowspecNlri, Integer> holders = new HashMap<>();
    private final Set<FlowspecNlri> touched = new HashSet<>();

    /**
     * A rule was created or changed.
     *
     * @param rule its name
     * @param match its NLRI now
     */
    void put(final @NonNull String rule, final @NonNull FlowspecNlri match) {
        final FlowspecNlri before = matchOf.put(rule, match);
        if (match.equals(before)) {
            touchIfShared(match);
            return;
        }
        if (before != null) {
            release(before);
        }
        holders.merge(match, 1, Integer::sum);
        touchIfShared(match);
    }

    /**
     * A rule was deleted.
     *
     * @param rule its name
     */
    void remove(final @NonNull String rule) {
        final FlowspecNlri before = matchOf.remove(rule);
        if (before != null) {
            release(before);
        }
    }

    /**
     * The shared matches touched since the last {@link #clearTouched()}: every rule with one of them must be
     * resolved again.
     *
     * @return the matches, live; empty in the common case
     */
    @NonNull Set<FlowspecNlri> touched() {
        return touched;
    }

    void clearTouched() {
        touched.clear();
    }

    private void release(final FlowspecNlri match) {
        final Integer left = holders.computeIfPresent(match, (key, count) -> count == 1 ? null : count - 1);
        if (left != null) {
            // the rules still holding it may now be first on some router
            touched.add(match);
        }
    }

    private void touchIfShared(final FlowspecNlri match) {
        if (holders.getOrDefault(match, 0) > 1) {
            touched.add(match);
        }
    }
}
