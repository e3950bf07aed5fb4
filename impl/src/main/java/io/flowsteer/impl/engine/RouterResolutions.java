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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Merges a partial resolution of a router (only the rules a change touched) into its previous one.
 */
final class RouterResolutions {
    private RouterResolutions() {
        // utility class
    }

    /**
     * The router's resolution after a partial one: for every rule targeting it, in order, what the fresh
     * resolution says if it covered the rule, else what the previous one said; the fresh events only; the earlier
     * of both deadlines.
     *
     * @param previous the router's previous resolution
     * @param fresh the partial resolution
     * @param targeted every rule targeting the router, in installation order
     * @return the merged resolution
     */
    static @NonNull RouterResolution merge(final @NonNull RouterResolution previous,
            final @NonNull RouterResolution fresh, final @NonNull List<CompiledRule> targeted) {
        final ImmutableMap.Builder<String, RuleVerdict> verdicts = ImmutableMap.builderWithExpectedSize(
            targeted.size());
        final Map<String, SrPinning> pinning = new HashMap<>();
        final Map<String, Set<String>> invalid = new LinkedHashMap<>();
        for (CompiledRule rule : targeted) {
            final String name = rule.name();
            final RouterResolution source = fresh.verdicts().containsKey(name) ? fresh : previous;
            final RuleVerdict verdict = source.verdicts().get(name);
            if (verdict != null) {
                verdicts.put(name, verdict);
            }
            final SrPinning pin = source.srPinning().get(name);
            if (pin != null) {
                pinning.put(name, pin);
            }
            final Set<String> keys = source.invalidRedirects().get(name);
            if (keys != null) {
                invalid.put(name, keys);
            }
        }
        return new RouterResolution(fresh.device(), verdicts.buildOrThrow(), fresh.events(),
            earliest(fresh.nextDeadline(), previous.nextDeadline()), pinning, invalid);
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
}
