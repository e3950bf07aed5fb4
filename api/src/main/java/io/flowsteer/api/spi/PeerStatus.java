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
 */
public record PeerStatus(@NonNull InetAddress peer, @NonNull BgpSessionState state,
        @Nullable NegotiatedSession negotiated, @NonNull PeerCounters counters, @Nullable String lastError,
        int advertisedRoutes) {
    /**
     * Checks for nulls.
     *
     * @param peer peer
     * @param state state
     * @param negotiated negotiated or null
     * @param counters counters
     * @param lastError error or null
     * @param advertisedRoutes advertised routes
     */
    public PeerStatus {
        requireNonNull(peer);
        requireNonNull(state);
        requireNonNull(counters);
    }
}
