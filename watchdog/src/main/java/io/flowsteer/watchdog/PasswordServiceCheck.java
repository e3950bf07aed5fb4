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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One look at AAA's password service, run periodically on the watchdog's thread: it applies what the
 * {@link PasswordServiceWatch} decides and says so in the log.
 */
final class PasswordServiceCheck implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PasswordServiceCheck.class);

    private final AaaPasswordService aaa;
    private final Clock clock;
    // only touched on the watchdog's single thread
    private PasswordServiceWatch watch;

    PasswordServiceCheck(final AaaPasswordService aaa, final Clock clock, final PasswordServiceWatch watch) {
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
            LOG.warn("Could not check AAA's password service: {}", e.getMessage());
            LOG.debug("Password service check failed", e);
        }
    }

    private void check() throws InterruptedException {
        final boolean present = aaa.hashServicePresent();
        final int restartsBefore = watch.restarts();
        final PasswordServiceWatch.Step step = watch.next(!present && aaa.listenerActive(), present, clock.instant());
        watch = step.watch();
        switch (step.action()) {
            case WAIT -> {
                if (present && restartsBefore > 0) {
                    LOG.info("AAA's password service is up after restarting its configuration listener; RESTCONF "
                        + "accepts logins again");
                    watch = PasswordServiceWatch.start(watch.grace(), watch.maxRestarts());
                }
            }
            case RESTART_LISTENER -> {
                LOG.warn("AAA's password service has not started {} s after its configuration listener did: the "
                    + "listener missed its configuration (a known defect of AAA 0.19.5, AAA-281). Restarting the "
                    + "listener (attempt {} of {})", watch.grace().toSeconds(), watch.restarts(), watch.maxRestarts());
                if (!aaa.restartListener()) {
                    LOG.warn("The restart of AAA's password configuration listener did not complete");
                }
            }
            case GIVE_UP -> LOG.error("Start-up failed: AAA's password service did not start after {} restarts of "
                + "its configuration listener. Authentication is down: RESTCONF answers 401 to every request. "
                + "Restart the controller; if it fails again, keep data/log/karaf.log for the bug report.",
                watch.maxRestarts());
            default -> throw new IllegalStateException("unknown action " + step.action());
        }
    }
}
