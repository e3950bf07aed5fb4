/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.impl.netconf.NetconfSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a timed test (runs only with {@code -Pbench}): a 10,000-entry indirection-id table pushed to 100
 * netconf-testtool routers at once; the time until every router has read back the full table (each router's
 * push ends with a get-config whose 10,000 entries must equal the wanted table). Router count, table size and
 * testtool heap can be changed with {@code -Dbench.routers}, {@code -Dbench.entries} and
 * {@code -Dflowsteer.netconf.testtool.heap}.
 */
class HundredRoutersBench {
    private static final Logger LOG = LoggerFactory.getLogger(HundredRoutersBench.class);
    private static final int FIRST_PORT = 17_950;

    private static IndirectionTable table(final int size) {
        final List<IndirectionEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            final IndirectionTarget target = switch (i % 3) {
                case 0 -> new IndirectionTarget.MplsBindingSid(16 + i);
                case 1 -> new IndirectionTarget.NextHops(List.of(InetAddresses.fromInteger(0x0A00_0000 + i)));
                default -> new IndirectionTarget.Tunnel("te" + i);
            };
            entries.add(new IndirectionEntry(new IndirectionKey(0, i), null, target));
        }
        return IndirectionTable.of(entries);
    }

    @Test
    void tenThousandEntriesToAHundredRouters() throws Exception {
        final int routers = Integer.getInteger("bench.routers", 100);
        final int size = Integer.getInteger("bench.entries", 10_000);
        final IndirectionTable table = table(size);
        final Instant startTesttool = Instant.now();
        final Testtool testtool = Testtool.start(FIRST_PORT, routers);
        try (Southbound southbound = new Southbound(new NetconfSettings(Duration.ofSeconds(30),
                Duration.ofSeconds(300), Duration.ofMillis(250), Duration.ofSeconds(2)))) {
            LOG.info("BENCH testtool with {} routers up in {}", routers, Duration.between(startTesttool,
                Instant.now()));
            final Instant start = Instant.now();
            for (int i = 0; i < routers; i++) {
                southbound.push("bench" + i, testtool.port(i), table);
            }
            final List<RouterStatus> done = new ArrayList<>();
            for (int i = 0; i < routers; i++) {
                done.add(southbound.await("bench" + i, Duration.ofMinutes(30),
                    Southbound.outcome(PushResult.Outcome.APPLIED, start)));
            }
            final Duration total = Duration.between(start, Instant.now());
            final List<Duration> pushes = done.stream().map(status -> status.lastPush().took()).sorted().toList();
            LOG.info("BENCH {} routers x {} entries: all read back in {} ({} entries/s); per-router push+read-back"
                + " min {} median {} max {}", routers, size, total,
                (long) routers * size * 1000 / Math.max(1, total.toMillis()), pushes.get(0),
                pushes.get(pushes.size() / 2), pushes.get(pushes.size() - 1));
            assertEquals(size, RawNetconf.table(testtool.port(0)).size(), "first router, read independently");
            assertEquals(size, RawNetconf.table(testtool.port(routers - 1)).size(), "last router");
        } finally {
            testtool.close();
        }
    }
}
