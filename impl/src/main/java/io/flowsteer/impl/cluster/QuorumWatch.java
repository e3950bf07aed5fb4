/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.NonNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the {@link Quorum} five times a second and tells the {@link ActiveController} when the answer changes, on a
 * thread of its own ({@code flowsteer-quorum}).
 */
public final class QuorumWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QuorumWatch.class);
    /** How often the quorum is asked. */
    static final Duration INTERVAL = Duration.ofMillis(200);

    private final @NonNull Quorum quorum;
    private final @NonNull ActiveController controller;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "flowsteer-quorum");
        thread.setDaemon(true);
        return thread;
    });
    private Boolean last;

    /**
     * The watch; {@link #start()} starts it.
     *
     * @param quorum the quorum
     * @param controller told of each change
     */
    public QuorumWatch(final @NonNull Quorum quorum, final @NonNull ActiveController controller) {
        this.quorum = requireNonNull(quorum);
        this.controller = requireNonNull(controller);
    }

    /**
     * Starts asking.
     */
    public void start() {
        executor.scheduleWithFixedDelay(this::check, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private void check() {
        try {
            final boolean held = quorum.held();
            if (last == null || last != held) {
                last = held;
                controller.quorum(held);
            }
        } catch (RuntimeException e) {
            // the watch must outlive a failed question, or the node would never be fenced again
            LOG.warn("Cannot tell whether this node reaches a majority of the cluster", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
