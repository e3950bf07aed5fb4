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

import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.PushResult.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fifty simulated routers pushed at once, each with its own table: all end applied and each router holds exactly
 * its own table, read back with the independent client.
 */
@ExtendWith(RoutersExtension.class)
class FiftyRoutersIT {
    private static final Logger LOG = LoggerFactory.getLogger(FiftyRoutersIT.class);
    private static final int ROUTERS = 50;

    @Test
    void fiftyRoutersPushedAtOnceEachHoldTheirOwnTable(final Testtool routers) throws Exception {
        try (Southbound southbound = new Southbound()) {
            final Instant start = Instant.now();
            for (int i = 0; i < ROUTERS; i++) {
                southbound.push("r" + i, routers.port(3 + i), IndirectionTable.of(List.of(
                    nextHops(1, "192.0.2." + (i + 1)), bindingSid(2, 20_000 + i))));
            }
            for (int i = 0; i < ROUTERS; i++) {
                southbound.await("r" + i, Duration.ofSeconds(180), Southbound.outcome(Outcome.APPLIED, start));
            }
            final Duration took = Duration.between(start, Instant.now());
            LOG.info("NETCONF southbound: {} routers connected, pushed and read back in {} ms", ROUTERS,
                took.toMillis());
            for (int i = 0; i < ROUTERS; i++) {
                assertEquals(Map.of("0/1", "description=next-hops 1 next-hop=192.0.2." + (i + 1),
                    "2/2", "mpls-binding-sid=" + (20_000 + i)), RawNetconf.table(routers.port(3 + i)), "router r" + i);
            }
        }
    }
}
