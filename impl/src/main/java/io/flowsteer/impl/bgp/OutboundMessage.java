/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.BgpMessage;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bytes.Octets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A BGP message the finite state machine hands to its connection, RFC 4271 section 4: the messages it builds
 * itself, or an UPDATE the api's UPDATE encoder already packed. {@link BgpMessageEncoder} puts them on the wire.
 */
sealed interface OutboundMessage {
    /**
     * Whether this is an UPDATE message.
     *
     * @return true for an UPDATE
     */
    boolean isUpdate();

    /**
     * Whether this is a NOTIFICATION message.
     *
     * @return true for a NOTIFICATION
     */
    boolean isNotification();

    /**
     * An OPEN, KEEPALIVE, NOTIFICATION or ROUTE-REFRESH message, encoded when written.
     *
     * @param message the message; never an UPDATE
     */
    record Control(@NonNull BgpMessage message) implements OutboundMessage {
        /**
         * Refuses an UPDATE: those are packed by the UPDATE encoder and sent as {@link Update}.
         *
         * @param message the message
         */
        public Control {
            requireNonNull(message, "message");
            if (message instanceof UpdateMessage) {
                throw new IllegalArgumentException("an UPDATE is sent already encoded");
            }
        }

        @Override
        public boolean isUpdate() {
            return false;
        }

        @Override
        public boolean isNotification() {
            return message instanceof NotificationMessage;
        }
    }

    /**
     * An UPDATE message, header included, as the UPDATE encoder packed it (RFC 4271 section 4.3).
     *
     * @param wire the whole message
     */
    record Update(@NonNull Octets wire) implements OutboundMessage {
        /**
         * Checks the argument.
         *
         * @param wire the whole message
         */
        public Update {
            requireNonNull(wire, "wire");
        }

        @Override
        public boolean isUpdate() {
            return true;
        }

        @Override
        public boolean isNotification() {
            return false;
        }
    }
}
