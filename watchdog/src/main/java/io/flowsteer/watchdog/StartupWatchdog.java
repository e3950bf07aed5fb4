/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.blueprint.container.BlueprintListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the watchdog with its bundle: reports failed Blueprint containers (naming the bundle and the cause) and
 * keeps AAA's password and encryption services from staying down after a start with data kept.
 */
public final class StartupWatchdog implements BundleActivator {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWatchdog.class);
    /**
     * How long an AAA configuration listener may be active without producing its service before its first restart.
     * Told its configuration, it builds the service in about 0.1 s (0.02 s after a restart).
     */
    private static final Duration GRACE = Duration.ofSeconds(3);
    /** The longest grace period: each restart doubles it, for a controller too loaded to build the service fast. */
    private static final Duration MAX_GRACE = Duration.ofSeconds(30);
    private static final int MAX_RESTARTS = 5;
    private static final long PERIOD_MILLIS = 1000;

    // set by start(), taken by stop(): the framework calls them in turn, but never from the same thread
    private final AtomicReference<Running> running = new AtomicReference<>();

    /**
     * What a started watchdog holds.
     */
    private record Running(ServiceRegistration<BlueprintListener> blueprintListener,
            ScheduledExecutorService scheduler) {
        void stop() {
            blueprintListener.unregister();
            scheduler.shutdownNow();
        }
    }

    @Override
    public void start(final BundleContext context) {
        final ServiceRegistration<BlueprintListener> blueprintListener = context.registerService(
            BlueprintListener.class, new BlueprintFailureLog(failure -> LOG.error("Start-up failed: {}",
                failure.sentence())), null);
        final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            final Thread thread = new Thread(task, "flowsteer-startup-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        for (AaaConfiguredService.Kind kind : List.of(AaaConfiguredService.Kind.PASSWORD,
                AaaConfiguredService.Kind.ENCRYPTION)) {
            scheduler.scheduleWithFixedDelay(new ConfiguredServiceCheck(new AaaConfiguredService(context, kind),
                Clock.systemUTC(), ConfiguredServiceWatch.start(GRACE, MAX_GRACE, MAX_RESTARTS)), PERIOD_MILLIS,
                PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
        running.set(new Running(blueprintListener, scheduler));
    }

    @Override
    public void stop(final BundleContext context) {
        final Running started = running.getAndSet(null);
        if (started != null) {
            started.stop();
        }
    }
}
