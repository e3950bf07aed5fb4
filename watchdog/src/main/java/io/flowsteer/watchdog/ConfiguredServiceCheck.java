/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at an AAA service built from its configuration (the password service, the encryption service), run
 * periodically on the watchdog's thread: it applies what the {@link ConfiguredServiceWatch} decides and says so in
 * the log.
 */
final class ConfiguredServiceCheck implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredServiceCheck.class);

    private final AaaConfiguredService aaa;
    private final Clock clock;
    // only touched on the watchdog's single thread
    private ConfiguredServiceWatch watch;

    ConfiguredServiceCheck(final AaaConfiguredService aaa, final Clock clock, final ConfiguredServiceWatch watch) {
        this.aaa = requireNonNull(aaa);
        this.clock = requireNonNull(clock);
        this.watch = requireNonNull(watch);
    }

    @Override
    @SuppressWarnings("checkstyle:IllegalCatch")
    public void run() {
        try {
            check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: keep watching
            LOG.warn("Could not check AAA's {}: {}", aaa.kind().name(), e.getMessage());
            LOG.debug("Check of AAA's {} failed", aaa.kind().name(), e);
        }
    }

    private void check() throws InterruptedException {
        final boolean present = aaa.servicePresent();
        final int restartsBefore = watch.restarts();
        final Duration waited = watch.currentGrace();
        final ConfiguredServiceWatch.Step step = watch.next(!present && aaa.listenerActive(), present, clock.instant());
        watch = step.watch();
        switch (step.action()) {
            case WAIT -> {
                if (present && restartsBefore > 0) {
                    LOG.info("AAA's {} is up after restarting its configuration listener", aaa.kind().name());
                    watch = watch.fresh();
                }
            }
            case RESTART_LISTENER -> {
                LOG.warn("AAA's {} has not started {} s after its configuration listener did: the listener missed "
                    + "its configuration (a known defect of AAA 0.19.5, AAA-281). Restarting the listener (attempt {} "
                    + "of {})", aaa.kind().name(), waited.toSeconds(), watch.restarts(), watch.maxRestarts());
                if (!aaa.restartListener()) {
                    LOG.warn("The restart of the configuration listener of AAA's {} did not complete",
                        aaa.kind().name());
                }
            }
            case GIVE_UP -> LOG.error("Start-up failed: AAA's {} did not start after {} restarts of its "
                + "configuration listener. {} Restart the controller; if it fails again, keep data/log/karaf.log for "
                + "the bug report.", aaa.kind().name(), watch.maxRestarts(), aaa.kind().whatIsDown());
            default -> throw new IllegalStateException("unknown action " + step.action());
        }
    }
}
