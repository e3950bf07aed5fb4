/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.RefusedRoute;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Which routes one peer refuses, and which it accepted: a route counts as accepted once the session survived it
 * for the policy's {@code acceptedAfter}; a reset by the peer while routes are not accepted yet, with an UPDATE
 * Message Error (RFC 4271 section 6.3) or by closing the connection within that time, starts a
 * {@link PoisonSearch} over them. Refused routes are not sent again until they change (another key: NLRI and
 * attributes) or {@link #forget} is called. No I/O, no clock: the caller says what happened and when.
 */
final class RefusalTracker {
    /**
     * What a reset said.
     *
     * @param notification the peer's NOTIFICATION, or null when it closed the connection without one
     */
    record Reset(@Nullable NotificationMessage notification) {
    }

    private final Map<FlowspecRoute, RefusedRoute> refused = new LinkedHashMap<>();
    private final Set<FlowspecRoute> accepted = new LinkedHashSet<>();
    private final Set<FlowspecRoute> unconfirmed = new LinkedHashSet<>();
    private final Duration acceptedAfter;
    private @Nullable PoisonSearch<FlowspecRoute, Reset> search;
    private @Nullable NotificationMessage lastUpdateError;
    private @Nullable Instant lastSent;

    /**
     * A tracker that knows of no refusal yet.
     *
     * @param acceptedAfter how long the session must survive a route for it to count as accepted
     */
    RefusalTracker(final @NonNull Duration acceptedAfter) {
        this.acceptedAfter = requireNonNull(acceptedAfter);
    }

    /**
     * Whether a route may be sent now: not refused, and, while searching, accepted before or in the probe.
     *
     * @param route the route
     * @return true when it may be sent
     */
    boolean allows(final @NonNull FlowspecRoute route) {
        final PoisonSearch<FlowspecRoute, Reset> current = search;
        // most sessions have nothing refused: no need to hash the route (its NLRI and communities) to find that out
        return (refused.isEmpty() || !refused.containsKey(route)) && (current == null || current.allows(route));
    }

    /**
     * The routes wanted now. A refused route no longer wanted, or changed, is forgotten.
     *
     * @param wanted every route wanted for the peer
     */
    void wanted(final @NonNull Collection<FlowspecRoute> wanted) {
        if (!refused.isEmpty()) {
            // a set of every wanted route costs a hash of each; only worth it when something is refused
            refused.keySet().retainAll(new HashSet<>(wanted));
        }
        final PoisonSearch<FlowspecRoute, Reset> current = search;
        if (current != null) {
            current.wanted(wanted.stream().filter(route -> !refused.containsKey(route)).toList());
            collect(current);
        }
    }

    /**
     * Some wanted routes changed. A refused route no longer wanted as it was is forgotten; a search goes on over the
     * routes wanted now.
     *
     * @param gone the routes no longer wanted as they were
     * @param wanted every route wanted now; asked for only while a search goes on
     */
    void changed(final @NonNull Collection<FlowspecRoute> gone,
            final @NonNull Supplier<? extends Collection<FlowspecRoute>> wanted) {
        if (!refused.isEmpty()) {
            gone.forEach(refused::remove);
        }
        if (search != null) {
            wanted(wanted.get());
        }
    }

    /**
     * Routes were advertised to the peer.
     *
     * @param routes the routes
     * @param now when
     */
    void sent(final @NonNull Collection<FlowspecRoute> routes, final @NonNull Instant now) {
        if (!routes.isEmpty()) {
            unconfirmed.addAll(routes);
            lastSent = now;
        }
    }

    /**
     * Time passed: once the session survived the last routes sent for {@code acceptedAfter} they are accepted, and
     * a search goes on with its next probe.
     *
     * @param now the time
     * @return true when the routes that may be sent changed, so that the caller sends them
     */
    boolean tick(final @NonNull Instant now) {
        final Instant since = lastSent;
        if (unconfirmed.isEmpty() || since == null || now.isBefore(since.plus(acceptedAfter))) {
            return false;
        }
        accepted.addAll(unconfirmed);
        unconfirmed.clear();
        final PoisonSearch<FlowspecRoute, Reset> current = search;
        if (current == null) {
            return false;
        }
        current.survived();
        collect(current);
        return true;
    }

    /**
     * The peer ended the session: with a NOTIFICATION, or by closing the connection.
     *
     * @param notification the NOTIFICATION, or null when it closed the connection without one
     * @param now when
     * @return true when the reset is one of a search for refused routes within its budget, so that the next
     *     attempt need not back off
     */
    boolean peerReset(final @Nullable NotificationMessage notification, final @NonNull Instant now) {
        final Instant since = lastSent;
        final boolean recent = since != null && now.isBefore(since.plus(acceptedAfter));
        final boolean updateError = notification != null
            && notification.code() == NotificationMessage.UPDATE_MESSAGE_ERROR;
        final boolean byRoutes = !unconfirmed.isEmpty() && (updateError || notification == null && recent);
        boolean probing = false;
        if (byRoutes) {
            PoisonSearch<FlowspecRoute, Reset> current = search;
            // a router that resets with a NOTIFICATION may also drop the connection before its NOTIFICATION is
            // read (a reset discards what was not yet read): within one search, quote the last one that was read
            final NotificationMessage quoted = notification != null || current == null ? notification
                : lastUpdateError;
            if (updateError) {
                lastUpdateError = notification;
            }
            if (current == null) {
                current = new PoisonSearch<>(accepted, unconfirmed, new Reset(quoted), updateError);
                search = current;
                probing = true;
            } else {
                probing = current.refused(new Reset(quoted), updateError);
            }
            probing &= current.withinBudget();
            collect(current);
        }
        sessionEnded();
        return probing;
    }

    /**
     * The session ended, for whatever reason: what it was sent is forgotten, what was learnt about refusals is
     * kept.
     */
    void sessionEnded() {
        accepted.clear();
        unconfirmed.clear();
        lastSent = null;
    }

    private void collect(final PoisonSearch<FlowspecRoute, Reset> current) {
        current.found().forEach((route, reset) -> refused.put(route, new RefusedRoute(route, reset.notification())));
        if (current.done()) {
            search = null;
            lastUpdateError = null;
        }
    }

    /**
     * Forgets every refusal and any search: every wanted route is sent again (an operator's {@code resync-device}).
     */
    void forget() {
        refused.clear();
        search = null;
        lastUpdateError = null;
    }

    /**
     * The routes refused so far.
     *
     * @return them, in the order they were found
     */
    @NonNull List<RefusedRoute> refused() {
        return List.copyOf(new ArrayList<>(refused.values()));
    }

    /**
     * Whether a search is going on.
     *
     * @return true while searching
     */
    boolean searching() {
        return search != null;
    }

    /**
     * The wanted routes held back while searching.
     *
     * @return the routes
     */
    @NonNull List<FlowspecRoute> heldBack() {
        final PoisonSearch<FlowspecRoute, Reset> current = search;
        return current == null ? List.of() : current.heldBack();
    }
}
