/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.AdjRibOutChange;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The difference one resolution makes on one router, computed without writing anything: the status lines that
 * change and go, which of them must be written (they changed, or the rule's status entry was rewritten whole) and
 * which removed, the rules whose summary may have changed, and the change of the routes its BGP peer should have.
 * Its size is that of the resolution, not of the router's rules: a pass that resolved one rule costs one rule here,
 * and {@link #applyTo} changes the router's maps in place.
 *
 * @param lines the status lines of the rules resolved, by rule
 * @param linesGone the rules that no longer have a line on the router
 * @param routes the routes of rules that have a new one, by rule
 * @param routesGone the rules that no longer have a route
 * @param routeChange the same as the peer sees it: NLRIs withdrawn and routes put
 * @param toWrite the rules whose line on the router is written, in resolution order
 * @param toRemove the rules whose line on the router is removed (rules deleted from the configuration lose their
 *     whole status entry instead, so they are not listed)
 * @param touched the rules whose summary state may have changed
 */
record RouterDiff(@NonNull Map<String, DeviceStatusLine> lines, @NonNull Set<String> linesGone,
        @NonNull Map<String, FlowspecRoute> routes, @NonNull Set<String> routesGone,
        @NonNull AdjRibOutChange routeChange, @NonNull List<String> toWrite, @NonNull List<String> toRemove,
        @NonNull Set<String> touched) {
    /**
     * Takes the collections as they are: {@link #of} builds them for this diff alone and hands them over.
     */
    RouterDiff {
        requireNonNull(lines);
        requireNonNull(linesGone);
        requireNonNull(routes);
        requireNonNull(routesGone);
        requireNonNull(routeChange);
        requireNonNull(toWrite);
        requireNonNull(toRemove);
        requireNonNull(touched);
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
     * What the router had before the resolution; only read.
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
     * Whether the routes differ from those the router's peer had.
     *
     * @return true when the peer's routes change
     */
    boolean routesChanged() {
        return !routeChange.isEmpty();
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
        final Map<String, DeviceStatusLine> lines = new HashMap<>();
        final Map<String, @Nullable FlowspecRoute> routesAfter = new LinkedHashMap<>();
        final List<String> toWrite = new ArrayList<>();
        final Set<String> touched = new HashSet<>();
        for (Fresh rule : fresh) {
            lines.put(rule.rule(), rule.line());
            routesAfter.put(rule.rule(), rule.route());
            if (!rule.line().equals(before.written().get(rule.rule())) || rewritten.contains(rule.rule())) {
                toWrite.add(rule.rule());
                touched.add(rule.rule());
            }
        }
        // A partial resolution keeps every rule it neither replaced nor resolved as it was: only those can be gone
        // or have another route.
        final Collection<String> candidates = replaced == null ? before.written().keySet() : replaced;
        final Set<String> linesGone = new HashSet<>();
        final List<String> toRemove = new ArrayList<>();
        for (String gone : candidates) {
            if (before.written().containsKey(gone) && !lines.containsKey(gone)) {
                linesGone.add(gone);
                if (!deleted.contains(gone)) {
                    toRemove.add(gone);
                }
                touched.add(gone);
            }
        }
        final Collection<String> routeCandidates = replaced == null ? before.advertised().keySet() : replaced;
        for (String rule : routeCandidates) {
            if (!routesAfter.containsKey(rule)) {
                routesAfter.put(rule, null);
            }
        }
        final Map<String, FlowspecRoute> routes = new HashMap<>();
        final Set<String> routesGone = new HashSet<>();
        final Set<FlowspecNlri> withdrawn = new LinkedHashSet<>();
        final List<FlowspecRoute> put = new ArrayList<>();
        routesAfter.forEach((rule, route) -> {
            final FlowspecRoute had = before.advertised().get(rule);
            if (Objects.equals(had, route)) {
                return;
            }
            if (route == null) {
                routesGone.add(rule);
            } else {
                routes.put(rule, route);
                put.add(route);
            }
            if (had != null) {
                withdrawn.add(had.nlri());
            }
        });
        // an NLRI another rule now carries is put, not withdrawn
        put.forEach(route -> withdrawn.remove(route.nlri()));
        return new RouterDiff(lines, linesGone, routes, routesGone, new AdjRibOutChange(put, List.copyOf(withdrawn)),
            toWrite, toRemove, touched);
    }

    /**
     * Brings a router's maps to what they are after the resolution, in place.
     *
     * @param written the router's status lines, by rule
     * @param advertised the routes its peer has, by rule
     */
    void applyTo(final @NonNull Map<String, DeviceStatusLine> written,
            final @NonNull Map<String, FlowspecRoute> advertised) {
        written.keySet().removeAll(linesGone);
        written.putAll(lines);
        advertised.keySet().removeAll(routesGone);
        advertised.putAll(routes);
    }
}
