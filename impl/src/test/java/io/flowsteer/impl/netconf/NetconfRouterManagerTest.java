/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.NetconfSessionState;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.netconf.client.NetconfClientFactoryImpl;
import org.opendaylight.netconf.common.impl.DefaultNetconfTimer;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;

/**
 * The manager with a real netconf-client against a port nobody listens on; pushes to real routers are in
 * it/ (io.flowsteer.it.netconf).
 */
class NetconfRouterManagerTest {
    private static final IndirectionTable TABLE = IndirectionTable.of(List.of(new IndirectionEntry(
        new IndirectionKey(0, 1), null, new IndirectionTarget.MplsBindingSid(100))));

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void unreachableRouterIsReportedDownAndRetriedWithBackoff() throws Exception {
        final List<RouterStatus> statuses = new CopyOnWriteArrayList<>();
        final ExecutorService workers = Executors.newFixedThreadPool(2);
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (DefaultNetconfTimer timer = new DefaultNetconfTimer();
             NetconfClientFactoryImpl factory = new NetconfClientFactoryImpl(timer);
             NetconfRouterManager manager = new NetconfRouterManager(factory,
                 List.of(new FlowsteerRouterDriver(BindingRuntimeHelpers.createEffectiveModel(
                     FlowsteerRouterData.class))), statuses::add, workers, scheduler,
                 new NetconfSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(100),
                     Duration.ofMillis(400)), Clock.systemUTC())) {
            manager.setWanted(new RouterEndpoint("gone", "127.0.0.1", closedPort(), "u", "p",
                FlowsteerRouterDriver.NAME), TABLE);
            final long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && statuses.stream().filter(this::unreachable).count() < 3) {
                Thread.sleep(50);
            }
            final List<RouterStatus> failures = statuses.stream().filter(this::unreachable).toList();
            assertTrue(failures.size() >= 3, "retried: " + statuses);
            assertEquals(1, failures.get(0).consecutiveFailures());
            assertEquals(3, failures.get(2).consecutiveFailures(), failures.toString());
            assertTrue(statuses.stream().anyMatch(status -> status.session() == NetconfSessionState.CONNECTING),
                "reconnect attempts are reported: " + statuses);
            assertTrue(failures.get(0).lastPush().failure() != null, failures.get(0).toString());
        } finally {
            workers.shutdownNow();
            scheduler.shutdownNow();
        }
    }

    @Test
    void unknownDriverIsRefused() throws Exception {
        final ExecutorService workers = Executors.newSingleThreadExecutor();
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (DefaultNetconfTimer timer = new DefaultNetconfTimer();
             NetconfClientFactoryImpl factory = new NetconfClientFactoryImpl(timer);
             NetconfRouterManager manager = new NetconfRouterManager(factory, List.of(), status -> { },
                 workers, scheduler, NetconfSettings.DEFAULT, Clock.systemUTC())) {
            assertThrows(IllegalArgumentException.class, () -> manager.setWanted(
                new RouterEndpoint("r", "127.0.0.1", 830, "u", "p", "vendor-x"), TABLE));
        } finally {
            workers.shutdownNow();
            scheduler.shutdownNow();
        }
    }

    private boolean unreachable(final RouterStatus status) {
        return status.session() == NetconfSessionState.DOWN && status.lastPush() != null
            && status.lastPush().outcome() == PushResult.Outcome.UNREACHABLE;
    }
}
