/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.spi.PeerCounters;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The running message counters of one peer, kept from when it is added (reconnects do not reset them) and read
 * as {@link PeerCounters}. Messages are counted by their RFC 4271 section 4.1 type as they are written; the other
 * counters are counted where the finite state machine sees the event. Not thread-safe: the peer's event loop owns
 * it.
 */
final class PeerMessageCounters {
    /** What is counted, one per {@link PeerCounters} component. */
    enum Counted {
        /** Any message sent. */
        MESSAGES_SENT,
        /** Any message received, before it is decoded. */
        MESSAGES_RECEIVED,
        /** UPDATE messages sent. */
        UPDATES_SENT,
        /** UPDATE messages received in Established. */
        UPDATES_RECEIVED,
        /** NOTIFICATION messages sent. */
        NOTIFICATIONS_SENT,
        /** NOTIFICATION messages received. */
        NOTIFICATIONS_RECEIVED,
        /** ROUTE-REFRESH messages received in Established. */
        ROUTE_REFRESHES_RECEIVED,
        /** UPDATEs with an RFC 7606 error that did not reset the session. */
        MALFORMED_UPDATES,
        /** Sessions closed because of an error, sent or received. */
        SESSION_RESETS,
        /** Times the session reached Established. */
        ESTABLISHED_TRANSITIONS
    }

    private final Map<Counted, Long> counts = new EnumMap<>(Counted.class);

    /**
     * Counts one event.
     *
     * @param what what happened
     */
    void count(final @NonNull Counted what) {
        counts.merge(what, 1L, Long::sum);
    }

    /**
     * Counts a message written: every message, and UPDATEs and NOTIFICATIONs by their type too.
     *
     * @param message the message
     */
    void sent(final @NonNull OutboundMessage message) {
        count(Counted.MESSAGES_SENT);
        if (message.isUpdate()) {
            count(Counted.UPDATES_SENT);
        } else if (message.isNotification()) {
            count(Counted.NOTIFICATIONS_SENT);
        }
    }

    /**
     * How often one thing was counted.
     *
     * @param what what
     * @return the count
     */
    long get(final @NonNull Counted what) {
        return counts.getOrDefault(what, 0L);
    }

    /**
     * The counters as reported.
     *
     * @return an immutable snapshot
     */
    @NonNull PeerCounters snapshot() {
        return new PeerCounters(get(Counted.MESSAGES_SENT), get(Counted.MESSAGES_RECEIVED),
            get(Counted.UPDATES_SENT), get(Counted.UPDATES_RECEIVED), get(Counted.NOTIFICATIONS_SENT),
            get(Counted.NOTIFICATIONS_RECEIVED), get(Counted.ROUTE_REFRESHES_RECEIVED),
            get(Counted.MALFORMED_UPDATES), get(Counted.SESSION_RESETS), get(Counted.ESTABLISHED_TRANSITIONS));
    }
}
