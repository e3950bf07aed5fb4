/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import com.google.common.collect.ImmutableMap;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.RouterResolution;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.resolve.SrPinning;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the resolver last said about every rule on one router: its verdicts, the SR pinning and the redirects it
 * reported invalid (its memory for the next call), and the earliest deadline. A pass that resolved only a few rules
 * changes them in place, so its cost grows with the change, not with the router's rules; a copy as one
 * {@link RouterResolution} is made only when asked for. Owned by the engine's thread.
 */
final class RouterVerdicts {
    private final Map<String, RuleVerdict> verdicts = new HashMap<>();
    private final Map<String, SrPinning> pinning = new HashMap<>();
    private final Map<String, Set<String>> invalid = new HashMap<>();
    private @Nullable Instant deadline;
    private boolean resolved;

    /**
     * Whether the router was resolved since it was last forgotten.
     *
     * @return true after a full resolution
     */
    boolean resolved() {
        return resolved;
    }

    /**
     * A full resolution replaces everything.
     *
     * @param fresh the resolution of every rule targeting the router
     */
    void replace(final @NonNull RouterResolution fresh) {
        verdicts.clear();
        pinning.clear();
        invalid.clear();
        verdicts.putAll(fresh.verdicts());
        pinning.putAll(fresh.srPinning());
        invalid.putAll(fresh.invalidRedirects());
        deadline = fresh.nextDeadline();
        resolved = true;
    }

    /**
     * A partial resolution replaces what was said about the rules it covered: a covered rule it says nothing about
     * no longer targets the router, or is gone. Every other rule keeps its verdict; the deadline is the earlier of
     * both.
     *
     * @param fresh the partial resolution
     * @param covered the rules it covered: those changed since the last pass and those it resolved
     */
    void merge(final @NonNull RouterResolution fresh, final @NonNull Collection<String> covered) {
        for (String rule : covered) {
            put(verdicts, rule, fresh.verdicts().get(rule));
            put(pinning, rule, fresh.srPinning().get(rule));
            put(invalid, rule, fresh.invalidRedirects().get(rule));
        }
        deadline = earliest(fresh.nextDeadline(), deadline);
    }

    private static <V> void put(final Map<String, V> map, final String rule, final @Nullable V value) {
        if (value == null) {
            map.remove(rule);
        } else {
            map.put(rule, value);
        }
    }

    /**
     * When the router must be resolved again without a change (an SR Policy's revert timer).
     *
     * @return the earliest deadline, or null
     */
    @Nullable Instant deadline() {
        return deadline;
    }

    /**
     * What the resolver remembers of some rules, to hand back to it as their previous resolution.
     *
     * @param device the router
     * @param rules the rules about to be resolved
     * @return their SR pinning and reported invalid redirects; null when the router was never resolved
     */
    @Nullable RouterResolution memoryOf(final @NonNull String device, final @NonNull Collection<CompiledRule> rules) {
        if (!resolved) {
            return null;
        }
        final Map<String, SrPinning> pins = new HashMap<>();
        final Map<String, Set<String>> reported = new LinkedHashMap<>();
        if (!pinning.isEmpty() || !invalid.isEmpty()) {
            for (CompiledRule rule : rules) {
                final SrPinning pin = pinning.get(rule.name());
                if (pin != null) {
                    pins.put(rule.name(), pin);
                }
                final Set<String> keys = invalid.get(rule.name());
                if (keys != null) {
                    reported.put(rule.name(), keys);
                }
            }
        }
        return new RouterResolution(device, Map.of(), List.of(), deadline, pins, reported);
    }

    /**
     * Everything as one resolution, a copy: for the console and RPCs.
     *
     * @param device the router
     * @param ordered every rule, in installation order
     * @return the verdicts in installation order, with the memory and the deadline; null when never resolved
     */
    @Nullable RouterResolution copy(final @NonNull String device, final @NonNull List<CompiledRule> ordered) {
        if (!resolved) {
            return null;
        }
        final ImmutableMap.Builder<String, RuleVerdict> inOrder = ImmutableMap.builderWithExpectedSize(
            verdicts.size());
        for (CompiledRule rule : ordered) {
            final RuleVerdict verdict = verdicts.get(rule.name());
            if (verdict != null) {
                inOrder.put(rule.name(), verdict);
            }
        }
        return new RouterResolution(device, inOrder.buildOrThrow(), List.of(), deadline, pinning, invalid);
    }

    /**
     * The earlier of two optional instants.
     *
     * @param first one, or null
     * @param second the other, or null
     * @return the earlier, or null when both are
     */
    static @Nullable Instant earliest(final @Nullable Instant first, final @Nullable Instant second) {
        if (first == null) {
            return second;
        }
        return second == null || first.isBefore(second) ? first : second;
    }

    /**
     * Forgets everything, so that the next pass resolves the router in full.
     */
    void forget() {
        verdicts.clear();
        pinning.clear();
        invalid.clear();
        deadline = null;
        resolved = false;
    }
}
