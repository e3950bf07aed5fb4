/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A snapshot of one peer.
 *
 * @param peer the peer's address
 * @param state the FSM state (RFC 4271 section 8.2.2)
 * @param negotiated what the OPENs settled, null unless OPEN_CONFIRM or ESTABLISHED
 * @param counters the counters
 * @param lastError the last error (a NOTIFICATION sent or received, or a transport failure), or null
 * @param advertisedRoutes flowspec routes currently advertised to the peer
 * @param receivedFlowspec flowspec routes (FSv1 and FSv2) held in the peer's Adj-RIB-In
 * @param receivedUnicast unicast routes held in the peer's Adj-RIB-In
 * @param overLimit the last time the peer exceeded its prefix limits, while that still holds (warn-only: while
 *     the Adj-RIB-In is over the limit; close-and-restart: until the session is established again), or null
 * @param nextAttempt when the speaker connects again (RFC 4271 section 8, ConnectRetry timer), or null when no
 *     attempt is scheduled
 * @param failures consecutive failed connections or sessions that ended before they were stable
 * @param refused the routes the peer refused, not sent to it again until they change
 * @param heldBack wanted routes held back while the speaker finds which routes the peer refuses
 */
public record PeerStatus(@NonNull InetAddress peer, @NonNull BgpSessionState state,
        @Nullable NegotiatedSession negotiated, @NonNull PeerCounters counters, @Nullable String lastError,
        int advertisedRoutes, long receivedFlowspec, long receivedUnicast, @Nullable PrefixLimitExceeded overLimit,
        @Nullable Instant nextAttempt, int failures, @NonNull List<RefusedRoute> refused,
        @NonNull List<FlowspecRoute> heldBack) {
    /**
     * Checks for nulls.
     *
     * @param peer peer
     * @param state state
     * @param negotiated negotiated or null
     * @param counters counters
     * @param lastError error or null
     * @param advertisedRoutes advertised routes
     * @param receivedFlowspec received flowspec routes held
     * @param receivedUnicast received unicast routes held
     * @param overLimit prefix limit exceeded, or null
     * @param nextAttempt next attempt or null
     * @param failures consecutive failures
     * @param refused refused routes
     * @param heldBack routes held back
     */
    public PeerStatus {
        requireNonNull(peer);
        requireNonNull(state);
        requireNonNull(counters);
        refused = List.copyOf(refused);
        heldBack = List.copyOf(heldBack);
    }

    /**
     * A snapshot without received routes, a scheduled attempt, failures or refused routes.
     *
     * @param peer peer
     * @param state state
     * @param negotiated negotiated or null
     * @param counters counters
     * @param lastError error or null
     * @param advertisedRoutes advertised routes
     */
    public PeerStatus(final @NonNull InetAddress peer, final @NonNull BgpSessionState state,
            final @Nullable NegotiatedSession negotiated, final @NonNull PeerCounters counters,
            final @Nullable String lastError, final int advertisedRoutes) {
        this(peer, state, negotiated, counters, lastError, advertisedRoutes, 0, 0, null, null, 0, List.of(),
            List.of());
    }

    /**
     * Every route held in the peer's Adj-RIB-In.
     *
     * @return flowspec and unicast routes
     */
    public long receivedRoutes() {
        return receivedFlowspec + receivedUnicast;
    }
}
