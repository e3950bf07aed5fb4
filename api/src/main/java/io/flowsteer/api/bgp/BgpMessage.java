/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import org.eclipse.jdt.annotation.NonNull;

/**
 * A BGP message, RFC 4271 section 4.1 (the header's type selects the record).
 */
public sealed interface BgpMessage
        permits OpenMessage, UpdateMessage, NotificationMessage, KeepaliveMessage, RouteRefreshMessage {
    /** Type 1, RFC 4271 section 4.2. */
    int OPEN = 1;
    /** Type 2, RFC 4271 section 4.3. */
    int UPDATE = 2;
    /** Type 3, RFC 4271 section 4.5. */
    int NOTIFICATION = 3;
    /** Type 4, RFC 4271 section 4.4. */
    int KEEPALIVE = 4;
    /** Type 5, RFC 2918 section 3. */
    int ROUTE_REFRESH = 5;

    /**
     * The message type as the RFCs name it, for operators.
     *
     * @return OPEN, UPDATE, NOTIFICATION, KEEPALIVE or ROUTE-REFRESH
     */
    default @NonNull String typeName() {
        if (this instanceof OpenMessage) {
            return "OPEN";
        } else if (this instanceof UpdateMessage) {
            return "UPDATE";
        } else if (this instanceof NotificationMessage) {
            return "NOTIFICATION";
        } else if (this instanceof KeepaliveMessage) {
            return "KEEPALIVE";
        }
        return "ROUTE-REFRESH";
    }
}
