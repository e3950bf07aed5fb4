/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jdt.annotation.NonNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's one thread, as a scheduled executor: Blueprint creates it, hands {@link #executor()} to the engine
 * and closes it after the engine, which lets queued work finish for a while. The thread starts with the first
 * task, not here.
 */
public final class EngineThread implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineThread.class);
    private static final long STOP_SECONDS = 10;

    private final @NonNull ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        runnable -> {
            final Thread thread = new Thread(runnable, "flowsteer-engine");
            thread.setDaemon(true);
            return thread;
        });

    /**
     * The executor.
     *
     * @return the single-thread executor
     */
    public @NonNull ScheduledExecutorService executor() {
        return executor;
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("Flowsteer engine did not stop within {} s", STOP_SECONDS);
            executor.shutdownNow();
        }
    }
}
