/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tshark on the loopback interface, capturing one BGP session, and for every FSv1 destination prefix seen in an
 * UPDATE the capture time of the frame that completed it ({@code frame.time_epoch}, stamped by the kernel as the
 * segment passed through {@code lo}). tshark's own delay in printing a frame does not enter the figure: only the
 * kernel's time stamp is used.
 */
final class WireWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WireWatch.class);

    private final Process process;
    private final ConcurrentMap<String, CompletableFuture<Instant>> seen = new ConcurrentHashMap<>();
    private final AtomicInteger updates = new AtomicInteger();

    private WireWatch(final Process process) {
        this.process = process;
    }

    /**
     * Starts tshark and waits until it captures.
     *
     * @param host one end of the session
     * @param port the session's TCP port at one end
     */
    static WireWatch start(final String host, final int port) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder("tshark", "-i", "lo", "-l", "-n", "-f",
            "tcp and host " + host + " and port " + port, "-d", "tcp.port==" + port + ",bgp", "-Y", "bgp.type == 2",
            "-T", "fields", "-e", "frame.time_epoch", "-e", "bgp.flowspec_nlri.dst_prefix_filter",
            "-E", "occurrence=a", "-E", "aggregator=,").start();
        final WireWatch watch = new WireWatch(process);
        final CountDownLatch capturing = new CountDownLatch(1);
        final Thread errors = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("Capturing on")) {
                        capturing.countDown();
                    } else {
                        LOG.info("tshark: {}", line);
                    }
                }
            } catch (IOException e) {
                LOG.debug("tshark's error stream closed", e);
            }
        }, "tshark-stderr");
        errors.setDaemon(true);
        errors.start();
        final Thread reader = new Thread(watch::read, "tshark-stdout");
        reader.setDaemon(true);
        reader.start();
        if (!capturing.await(30, TimeUnit.SECONDS)) {
            watch.close();
            throw new IOException("tshark did not start capturing");
        }
        return watch;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                final String[] fields = line.split("\t", -1);
                if (fields.length < 2 || fields[1].isEmpty()) {
                    continue;
                }
                updates.incrementAndGet();
                final BigDecimal epoch = new BigDecimal(fields[0]);
                final Instant at = Instant.ofEpochSecond(epoch.longValue(),
                    epoch.remainder(BigDecimal.ONE).movePointRight(9).longValue());
                for (String prefix : fields[1].split(",")) {
                    future(prefix).complete(at);
                }
            }
        } catch (IOException e) {
            LOG.debug("tshark's output closed", e);
        }
    }

    private CompletableFuture<Instant> future(final String prefix) {
        return seen.computeIfAbsent(prefix, key -> new CompletableFuture<>());
    }

    /**
     * When an UPDATE carrying the destination prefix passed, waiting for it at the most {@code timeout}.
     *
     * @param address the destination prefix's address, as tshark prints it
     * @return the capture time, or null when none was seen in time
     */
    Instant await(final String address, final Duration timeout) throws InterruptedException {
        try {
            return future(address).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }

    /**
     * How many UPDATEs with flowspec destinations were captured.
     */
    int updates() {
        return updates.get();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
