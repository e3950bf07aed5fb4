/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static io.flowsteer.it.netconf.Tables.bindingSid;
import static io.flowsteer.it.netconf.Tables.nextHops;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.NetconfSessionState;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A router stopped mid-way and restarted: the status shows the outage, the wanted table is kept, and on reconnect
 * the (now empty) router is read and fully reconciled. The router is its own netconf-testtool process so that it
 * can be killed without touching the shared routers of the run.
 */
class RouterOutageIT {
    private static final int PORT = 17_900;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void routerThatRebootsEmptyIsReconciledAndTheOutageIsReported() throws Exception {
        final Testtool router = Testtool.start(PORT, 1);
        try (Southbound southbound = new Southbound()) {
            final IndirectionTable table = IndirectionTable.of(List.of(
                nextHops(1, "192.0.2.1"), bindingSid(2, 16_002)));
            Instant before = Instant.now();
            southbound.push("p1", PORT, table);
            southbound.await("p1", WAIT, Southbound.outcome(Outcome.APPLIED, before));

            router.kill();
            final Instant killed = Instant.now();
            final RouterStatus down = southbound.await("p1", WAIT,
                status -> status.session() == NetconfSessionState.DOWN);
            assertTrue(!down.since().isBefore(killed.minusSeconds(1)), "outage time reported: " + down);

            // a change while the router is down is kept, and fails with backoff
            final IndirectionTable changed = IndirectionTable.of(List.of(
                nextHops(1, "192.0.2.1"), bindingSid(2, 16_002), bindingSid(3, 16_003)));
            before = Instant.now();
            southbound.push("p1", PORT, changed);
            final RouterStatus unreachable = southbound.await("p1", WAIT,
                Southbound.outcome(Outcome.UNREACHABLE, before));
            assertTrue(unreachable.consecutiveFailures() >= 1, unreachable.toString());

            router.launch();
            final Instant restarted = Instant.now();
            final RouterStatus back = southbound.await("p1", WAIT, Southbound.outcome(Outcome.APPLIED, restarted));
            assertEquals(NetconfSessionState.CONNECTED, back.session());
            assertEquals(3, back.lastPush().changes(), "the whole table is pushed to the empty router");
            assertEquals(0, back.consecutiveFailures());
            assertEquals(Map.of(
                "0/1", "description=next-hops 1 next-hop=192.0.2.1",
                "2/2", "mpls-binding-sid=16002",
                "2/3", "mpls-binding-sid=16003"), RawNetconf.table(PORT));
            assertTrue(southbound.history.stream().anyMatch(status -> status.router().equals("p1")
                && status.session() == NetconfSessionState.DOWN), "outage in the status history");
        } finally {
            router.close();
        }
    }
}
