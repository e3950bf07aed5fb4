/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One router's resolution of the rules that target it.
 *
 * @param device the router
 * @param verdicts rule name to verdict, in installation order
 * @param events notifications to publish, in rule order
 * @param nextDeadline when the engine must call {@link RuleResolver#resolve} again even if nothing changed
 *     (an SR revert timer running), or null
 * @param srPinning per rule with an SR segment-list redirect, where its pinning stands; input to the next call
 * @param invalidRedirects per rule, the invalid redirects already reported (kind and reason), so that events are
 *     emitted only on transitions; input to the next call
 */
public record RouterResolution(@NonNull String device, @NonNull Map<String, RuleVerdict> verdicts,
        @NonNull List<ResolutionEvent> events, @Nullable Instant nextDeadline,
        @NonNull Map<String, SrPinning> srPinning, @NonNull Map<String, Set<String>> invalidRedirects) {
    public RouterResolution {
        requireNonNull(device);
        // a copy keeps the order; an ImmutableMap built by the caller is taken as it is
        verdicts = ImmutableMap.copyOf(verdicts);
        events = List.copyOf(events);
        srPinning = Map.copyOf(srPinning);
        final Map<String, Set<String>> copy = new LinkedHashMap<>();
        invalidRedirects.forEach((rule, keys) -> copy.put(rule, Set.copyOf(keys)));
        invalidRedirects = Collections.unmodifiableMap(copy);
    }

    /**
     * A resolution without memory for the next call.
     *
     * @param device the router
     * @param verdicts the verdicts
     * @param events the events
     * @param nextDeadline the deadline, or null
     */
    public RouterResolution(final @NonNull String device, final @NonNull Map<String, RuleVerdict> verdicts,
            final @NonNull List<ResolutionEvent> events, final @Nullable Instant nextDeadline) {
        this(device, verdicts, events, nextDeadline, Map.of(), Map.of());
    }
}
