/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.FlowspecRoute;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The difference one resolution makes on one router, computed without writing anything: the status lines the
 * router has now, which of them must be written (they changed, or the rule's status entry was rewritten whole)
 * and which removed, the rules whose summary may have changed, and the routes its BGP peer should have.
 *
 * @param written every status line the router has after the resolution, by rule
 * @param advertised every route the router's peer should have, by rule
 * @param toWrite the rules whose line on the router is written, in resolution order
 * @param toRemove the rules whose line on the router is removed (rules deleted from the configuration lose their
 *     whole status entry instead, so they are not listed)
 * @param touched the rules whose summary state may have changed
 * @param routesChanged whether the routes differ from those the router's peer had
 */
record RouterDiff(@NonNull Map<String, DeviceStatusLine> written, @NonNull Map<String, FlowspecRoute> advertised,
        @NonNull List<String> toWrite, @NonNull List<String> toRemove, @NonNull Set<String> touched,
        boolean routesChanged) {
    /**
     * Takes the maps as they are, since {@link #of} builds them for this diff alone and hands them over read-only:
     * copying them would cost every pass in proportion to the router's rules, not to the change.
     */
    RouterDiff {
        requireNonNull(written);
        requireNonNull(advertised);
        toWrite = List.copyOf(toWrite);
        toRemove = List.copyOf(toRemove);
        touched = Set.copyOf(touched);
    }

    /**
     * A freshly resolved rule on the router.
     *
     * @param rule the rule's name
     * @param line its status line now
     * @param route the route its peer should have, or null when the rule is not advertised there
     */
    record Fresh(@NonNull String rule, @NonNull DeviceStatusLine line, @Nullable FlowspecRoute route) {
        Fresh {
            requireNonNull(rule);
            requireNonNull(line);
        }
    }

    /**
     * What the router had before the resolution.
     *
     * @param written its status lines, by rule
     * @param advertised the routes its peer had, by rule
     */
    record Before(@NonNull Map<String, DeviceStatusLine> written, @NonNull Map<String, FlowspecRoute> advertised) {
        static final Before NOTHING = new Before(Map.of(), Map.of());

        Before {
            requireNonNull(written);
            requireNonNull(advertised);
        }
    }

    /**
     * Computes the difference.
     *
     * @param before what the router had
     * @param replaced for a partial resolution, the rules it covers (the router keeps what it had for every other
     *     rule); null for a full one, which replaces everything
     * @param fresh the rules resolved, in order
     * @param rewritten the rules whose status entry was rewritten whole since the last pass: their line is written
     *     even when it did not change
     * @param deleted the rules deleted from the configuration since the last pass
     * @return the difference
     */
    static @NonNull RouterDiff of(final @NonNull Before before, final @Nullable Set<String> replaced,
            final @NonNull List<Fresh> fresh, final @NonNull Set<String> rewritten,
            final @NonNull Set<String> deleted) {
        final Map<String, DeviceStatusLine> written = new HashMap<>(replaced == null ? Map.of() : before.written());
        final Map<String, FlowspecRoute> advertised =
            new HashMap<>(replaced == null ? Map.of() : before.advertised());
        if (replaced != null) {
            written.keySet().removeAll(replaced);
            advertised.keySet().removeAll(replaced);
        }
        final List<String> toWrite = new ArrayList<>();
        final Set<String> touched = new HashSet<>();
        for (Fresh rule : fresh) {
            written.put(rule.rule(), rule.line());
            if (!rule.line().equals(before.written().get(rule.rule())) || rewritten.contains(rule.rule())) {
                toWrite.add(rule.rule());
                touched.add(rule.rule());
            }
            advertised.remove(rule.rule());
            if (rule.route() != null) {
                advertised.put(rule.rule(), rule.route());
            }
        }
        // A partial resolution keeps every rule it neither replaced nor resolved as it was: only those can be gone
        // or have another route.
        final Collection<String> candidates = replaced == null ? before.written().keySet() : replaced;
        final List<String> toRemove = new ArrayList<>();
        for (String gone : candidates) {
            if (before.written().containsKey(gone) && !written.containsKey(gone)) {
                if (!deleted.contains(gone)) {
                    toRemove.add(gone);
                }
                touched.add(gone);
            }
        }
        return new RouterDiff(Collections.unmodifiableMap(written), Collections.unmodifiableMap(advertised),
            toWrite, toRemove, touched, routesChanged(before, replaced, fresh, advertised));
    }

    private static boolean routesChanged(final Before before, final @Nullable Set<String> replaced,
            final List<Fresh> fresh, final Map<String, FlowspecRoute> advertised) {
        if (replaced == null) {
            return !advertised.equals(before.advertised());
        }
        for (String rule : replaced) {
            if (!Objects.equals(before.advertised().get(rule), advertised.get(rule))) {
                return true;
            }
        }
        for (Fresh rule : fresh) {
            if (!Objects.equals(before.advertised().get(rule.rule()), rule.route())) {
                return true;
            }
        }
        return false;
    }
}
