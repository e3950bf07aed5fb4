/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.bgp.KeepaliveMessage;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.spi.PeerCounters;
import io.flowsteer.impl.bgp.PeerMessageCounters.Counted;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link PeerMessageCounters}.
 */
class PeerMessageCountersTest {
    private final PeerMessageCounters counters = new PeerMessageCounters();

    @Test
    void startsAtZero() {
        assertEquals(PeerCounters.ZERO, counters.snapshot());
    }

    @Test
    void sentMessagesAreCountedByType() {
        counters.sent(new OutboundMessage.Control(KeepaliveMessage.INSTANCE));
        counters.sent(new OutboundMessage.Update(Octets.fromHex("00")));
        counters.sent(new OutboundMessage.Update(Octets.fromHex("00")));
        counters.sent(new OutboundMessage.Control(NotificationMessage.of(NotificationMessage.CEASE, 0)));
        assertEquals(new PeerCounters(4, 0, 2, 0, 1, 0, 0, 0, 0, 0), counters.snapshot());
    }

    @Test
    void eachCounterLandsInItsOwnComponent() {
        int times = 1;
        for (Counted what : Counted.values()) {
            for (int i = 0; i < times; i++) {
                counters.count(what);
            }
            times++;
        }
        assertEquals(new PeerCounters(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), counters.snapshot());
        assertEquals(10, counters.get(Counted.ESTABLISHED_TRANSITIONS));
    }
}
