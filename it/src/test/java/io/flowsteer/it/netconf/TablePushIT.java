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
import static io.flowsteer.it.netconf.Tables.srPolicy;
import static io.flowsteer.it.netconf.Tables.tunnel;
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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Push, update and delete of indirection-id table entries (draft-ietf-idr-flowspec-path-redirect section 2) on a
 * netconf-testtool router, each verified by reading the router's running datastore with an independent client.
 */
@ExtendWith(RoutersExtension.class)
class TablePushIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void pushedTableIsInTheRouterAndAnUpdateChangesOnlyWhatDiffers(final Testtool routers) throws Exception {
        final int port = routers.port(0);
        try (Southbound southbound = new Southbound()) {
            final IndirectionTable first = IndirectionTable.of(List.of(
                nextHops(1, "192.0.2.1", "192.0.2.2"),
                bindingSid(20, 24_000),
                tunnel(30, "tunnel-te30"),
                srPolicy(40, 7, "198.51.100.7")));
            Instant before = Instant.now();
            southbound.push("pe1", port, first);
            RouterStatus status = southbound.await("pe1", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(NetconfSessionState.CONNECTED, status.session());
            assertEquals(4, status.lastPush().changes());
            assertTrue(status.capabilities().stream().anyMatch(cap -> cap.contains("urn:flowsteer:yang:router")),
                "router model announced in the hello: " + status.capabilities());
            assertEquals(List.of(), status.readBackDifferences());

            final Map<String, String> expected = new TreeMap<>(Map.of(
                "0/1", "description=next-hops 1 next-hop=192.0.2.1 next-hop=192.0.2.2",
                "2/20", "mpls-binding-sid=24000",
                "3/30", "tunnel=tunnel-te30",
                "0/40", "sr-policy/color=7 sr-policy/endpoint=198.51.100.7"));
            assertEquals(expected, RawNetconf.table(port));

            // update one entry, delete one, add one, keep two
            final IndirectionTable second = IndirectionTable.of(List.of(
                nextHops(1, "192.0.2.1", "192.0.2.2"),
                bindingSid(20, 24_001),
                srPolicy(40, 7, "198.51.100.7"),
                nextHops(50, "2001:db8::50")));
            before = Instant.now();
            southbound.push("pe1", port, second);
            status = southbound.await("pe1", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(3, status.lastPush().changes(), "only the changed, removed and added entries are sent");
            expected.put("2/20", "mpls-binding-sid=24001");
            expected.remove("3/30");
            expected.put("0/50", "description=next-hops 50 next-hop=2001:db8::50");
            assertEquals(expected, RawNetconf.table(port));

            // the same table again sends nothing
            before = Instant.now();
            southbound.push("pe1", port, second);
            status = southbound.await("pe1", WAIT, Southbound.outcome(Outcome.IN_SYNC, before));
            assertEquals(0, status.lastPush().changes());

            // delete everything
            before = Instant.now();
            southbound.push("pe1", port, IndirectionTable.EMPTY);
            southbound.await("pe1", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(Map.of(), RawNetconf.table(port));
        }
    }
}
