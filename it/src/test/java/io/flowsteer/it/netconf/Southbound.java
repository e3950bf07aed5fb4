/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import io.flowsteer.api.spi.netconf.DeviceDriver;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterEndpoint;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.impl.netconf.FlowsteerRouterDriver;
import io.flowsteer.impl.netconf.NetconfRouterManager;
import io.flowsteer.impl.netconf.NetconfSettings;
import io.flowsteer.it.Eventually;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.netconf.client.NetconfClientFactoryImpl;
import org.opendaylight.netconf.common.impl.DefaultNetconfTimer;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;

/**
 * Flowsteer's NETCONF southbound, wired as the controller wires it, plus a recorder of every status it reports.
 */
final class Southbound implements AutoCloseable {
    static final FlowsteerRouterDriver DRIVER =
        new FlowsteerRouterDriver(BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class));

    /** Short backoff so that tests see retries quickly. */
    static final NetconfSettings SETTINGS = new NetconfSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofMillis(250), Duration.ofSeconds(2));

    final DefaultNetconfTimer timer = new DefaultNetconfTimer();
    final NetconfClientFactoryImpl clientFactory = new NetconfClientFactoryImpl(timer);
    final ExecutorService workers = Executors.newFixedThreadPool(16);
    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Map<String, RouterStatus> latest = new ConcurrentHashMap<>();
    final List<RouterStatus> history = new CopyOnWriteArrayList<>();
    final NetconfRouterManager manager;

    /** With the test settings. */
    Southbound() {
        this(SETTINGS);
    }

    /** With other settings (large tables on a loaded machine). */
    Southbound(final NetconfSettings settings) {
        this(settings, List.of(DRIVER));
    }

    /** With the test settings and other drivers. */
    Southbound(final List<DeviceDriver> drivers) {
        this(SETTINGS, drivers);
    }

    private Southbound(final NetconfSettings settings, final List<DeviceDriver> drivers) {
        manager = new NetconfRouterManager(clientFactory, drivers, status -> {
            latest.put(status.router(), status);
            history.add(status);
        }, workers, scheduler, settings, Clock.systemUTC());
    }

    static RouterEndpoint endpoint(final String name, final int port) {
        return new RouterEndpoint(name, "127.0.0.1", port, Testtool.USER, Testtool.PASSWORD,
            FlowsteerRouterDriver.NAME);
    }

    void push(final String name, final int port, final IndirectionTable table) {
        manager.setWanted(endpoint(name, port), table);
    }

    RouterStatus await(final String router, final Duration timeout, final Predicate<RouterStatus> condition)
            throws InterruptedException {
        return Eventually.await("router " + router + " reaching the expected status", timeout, Duration.ofMillis(50),
            () -> latest.get(router), status -> status != null && condition.test(status));
    }

    static Predicate<RouterStatus> outcome(final PushResult.Outcome outcome, final Instant after) {
        return status -> status.lastPush() != null && status.lastPush().outcome() == outcome
            && status.lastPush().at().isAfter(after);
    }

    @Override
    public void close() {
        manager.close();
        workers.shutdown();
        scheduler.shutdownNow();
        clientFactory.close();
        timer.close();
    }
}
