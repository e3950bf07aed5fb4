/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static io.flowsteer.it.netconf.Tables.bindingSid;
import static io.flowsteer.it.netconf.Tables.tunnel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.spi.netconf.RpcError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A value Flowsteer's model allows but the router's does not (a tunnel name with a space; flowsteer-router allows
 * only letters, digits and '_.:/-'): the router's rpc-error (RFC 6241 section 4.3) reaches the status, the router
 * keeps its previous configuration, and another router pushed at the same time is unaffected.
 */
@ExtendWith(RoutersExtension.class)
class RefusedValueIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void rpcErrorOfARefusedValueReachesTheStatusAndOthersAreUnaffected(final Testtool routers) throws Exception {
        final int badPort = routers.port(1);
        final int goodPort = routers.port(2);
        try (Southbound southbound = new Southbound()) {
            final Instant before = Instant.now();
            southbound.push("bad", badPort, IndirectionTable.of(List.of(
                bindingSid(1, 16_001), tunnel(2, "tunnel with spaces"))));
            southbound.push("good", goodPort, IndirectionTable.of(List.of(
                bindingSid(1, 16_001), tunnel(2, "tunnel-2"))));

            final RouterStatus bad = southbound.await("bad", WAIT, Southbound.outcome(Outcome.REFUSED, before));
            assertFalse(bad.lastPush().errors().isEmpty());
            final RpcError error = bad.lastPush().errors().get(0);
            assertNotNull(error.tag());
            assertEquals("error", error.severity());
            assertNotNull(error.message(), error.toString());

            southbound.await("good", WAIT, Southbound.outcome(Outcome.APPLIED, before));
            assertEquals(Map.of("2/1", "mpls-binding-sid=16001", "3/2", "tunnel=tunnel-2"),
                RawNetconf.table(goodPort));
            assertEquals(Map.of(), RawNetconf.table(badPort), "nothing of the refused edit was applied");
        }
    }
}
