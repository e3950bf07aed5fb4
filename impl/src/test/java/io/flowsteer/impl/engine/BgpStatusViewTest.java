/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerCounters;
import io.flowsteer.api.spi.PeerStatus;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.coded.reason.ReasonArgumentKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp;

/**
 * A session that is not established says so with a code, naming the peer and its state.
 */
class BgpStatusViewTest {
    private static final Instant SINCE = Instant.parse("2026-11-26T04:00:00Z");

    private static PeerStatus status(final BgpSessionState state, final String lastError) throws Exception {
        return new PeerStatus(InetAddress.getByName("192.0.2.1"), state, null, PeerCounters.ZERO, lastError, 0);
    }

    @Test
    void aSessionThatIsNotEstablishedIsSessionDownBesideItsLastError() throws Exception {
        final Bgp bgp = BgpStatusView.of(status(BgpSessionState.OPEN_SENT, "hold timer expired"), 0, SINCE);
        assertEquals(SessionDown.VALUE, bgp.getReasonCode());
        assertEquals("hold timer expired", bgp.getLastError());
        assertEquals("192.0.2.1", bgp.nonnullReasonArgument().get(new ReasonArgumentKey("peer")).getValue());
        assertEquals("open-sent", bgp.nonnullReasonArgument().get(new ReasonArgumentKey("session-state"))
            .getValue());
    }

    @Test
    void withoutAnErrorTheSentenceSaysTheState() throws Exception {
        assertEquals("the BGP session is idle", BgpStatusView.sessionDown(status(BgpSessionState.IDLE, null))
            .sentence());
    }

    @Test
    void aScheduledAttemptIsShownWithTheFailuresBehindIt() throws Exception {
        final Instant next = Instant.parse("2026-11-26T04:00:16Z");
        final PeerStatus status = new PeerStatus(InetAddress.getByName("192.0.2.1"), BgpSessionState.IDLE, null,
            PeerCounters.ZERO, "received NOTIFICATION 3/9", 0, 0, 0, null, next, 5, List.of(), List.of());
        final Bgp bgp = BgpStatusView.of(status, 0, SINCE);
        assertEquals("2026-11-26T04:00:16Z", bgp.getNextAttempt().getValue());
        assertEquals(5, bgp.getConsecutiveFailures().intValue());
        assertEquals("received NOTIFICATION 3/9; next attempt at 2026-11-26T04:00:16Z after 5 consecutive failures"
            + " (the delay doubles with each, up to a cap)", BgpStatusView.sessionDown(status).sentence());
        assertEquals("2026-11-26T04:00:16Z",
            bgp.nonnullReasonArgument().get(new ReasonArgumentKey("next-attempt")).getValue());
    }

    @Test
    void anEstablishedSessionHasNoReason() throws Exception {
        final Bgp bgp = BgpStatusView.of(status(BgpSessionState.ESTABLISHED, null), 0, SINCE);
        assertNull(bgp.getReasonCode());
        assertNull(bgp.getReasonArgument());
    }
}
