/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started process with its children, as {@code bin/karaf} is: a shell script whose Java child would outlive a
 * signal sent to the script alone.
 */
public final class ProcessTree {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);

    private ProcessTree() {
        // static helpers only
    }

    /**
     * Asks every process of the tree to stop (SIGTERM) and kills what still runs after the grace period.
     *
     * @param process the root
     * @param grace how long the tree has to stop
     * @throws InterruptedException when interrupted
     */
    public static void stop(final Process process, final Duration grace) throws InterruptedException {
        final List<ProcessHandle> tree = of(process);
        tree.forEach(ProcessHandle::destroy);
        final long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (handle.isAlive()) {
                LOG.warn("Killing process {} that did not stop", handle.pid());
                handle.destroyForcibly();
            }
        }
    }

    /**
     * Kills every process of the tree (SIGKILL), as a crash does, and waits for the root.
     *
     * @param process the root
     * @throws InterruptedException when interrupted
     */
    public static void kill(final Process process) throws InterruptedException {
        of(process).forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
    }

    /**
     * Sends a signal to every process of the tree, e.g. {@code STOP} to freeze it as a long pause or a hung host
     * does, and {@code CONT} to wake it.
     *
     * @param process the root
     * @param signal the signal's name
     * @throws IOException when {@code kill} fails
     * @throws InterruptedException when interrupted
     */
    public static void signal(final Process process, final String signal) throws IOException, InterruptedException {
        for (ProcessHandle handle : of(process)) {
            final Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(handle.pid()))
                .redirectErrorStream(true).start();
            if (kill.waitFor() != 0) {
                throw new IOException("kill -" + signal + " " + handle.pid() + " failed: "
                    + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static List<ProcessHandle> of(final Process process) {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    }
}
