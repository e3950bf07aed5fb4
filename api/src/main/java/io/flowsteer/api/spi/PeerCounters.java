/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

/**
 * Message counters of one peer since it was added (not reset by reconnects).
 *
 * @param messagesSent all messages sent
 * @param messagesReceived all messages received
 * @param updatesSent UPDATE messages sent
 * @param updatesReceived UPDATE messages received
 * @param notificationsSent NOTIFICATION messages sent
 * @param notificationsReceived NOTIFICATION messages received
 * @param routeRefreshesReceived ROUTE-REFRESH messages received
 * @param malformedUpdates UPDATEs with an RFC 7606 error that did not reset the session (treat-as-withdraw,
 *     attribute discard)
 * @param sessionResets sessions closed because of an error, sent or received
 * @param establishedTransitions times the session reached Established
 */
public record PeerCounters(long messagesSent, long messagesReceived, long updatesSent, long updatesReceived,
        long notificationsSent, long notificationsReceived, long routeRefreshesReceived, long malformedUpdates,
        long sessionResets, long establishedTransitions) {
    /** All zero. */
    public static final PeerCounters ZERO = new PeerCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
