/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.NotificationMessage;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A route a peer refused: it reset the session each time the route was sent (RFC 4271 section 6.3, an UPDATE
 * Message Error it did not treat as withdraw, RFC 7606 section 2). The speaker does not send the route to that
 * peer again until it changes (another route, attributes included) or the refusal is forgotten.
 *
 * @param route the route as it was sent, NLRI and attributes
 * @param notification the NOTIFICATION of the reset that proved the refusal, or null when the peer closed the
 *     connection without one
 */
public record RefusedRoute(@NonNull FlowspecRoute route, @Nullable NotificationMessage notification) {
    /**
     * Checks for null.
     *
     * @param route the route
     * @param notification the NOTIFICATION or null
     */
    public RefusedRoute {
        requireNonNull(route);
    }
}
