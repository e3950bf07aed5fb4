/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.it.Controller;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import io.flowsteer.it.bgp.Gobgp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (run only with {@code -Pbench}): the controller's heap with 100,000 rules on 10 routers,
 * each router's BGP peer a gobgpd of its own (127.0.0.160-169; the speaker listens on 127.0.0.170). The heap is
 * read with {@code jcmd GC.heap_info} after a full GC ({@code jcmd GC.run}), once with the routers' sessions
 * established and no rule, once with every rule {@code installed} and in every gobgpd's RIB; the difference over
 * rules times routers is the cost of one rule on one router (the rule's own share, configuration and compiled
 * form, counted once per router too). The largest classes come from {@code jcmd GC.class_histogram}. Results go
 * to the log and to target/bench/memory.txt.
 *
 * <p>{@code mvn -pl it verify -Pbench -Dit.test=MemoryBench [-Dbench.rules=100000] [-Dbench.routers=10]}
 */
@ExtendWith(ControllerExtension.class)
class MemoryBench {
    /**
     * One heap space's line of {@code GC.heap_info}: G1's single heap, or each generation of the parallel and the
     * serial collectors. Metaspace's line has no total and is not counted.
     */
    private static final Pattern USED = Pattern.compile("^ \\S.*\\btotal \\d+K, used (\\d+)K", Pattern.MULTILINE);
    private static final String SPEAKER_ADDRESS = "127.0.0.170";
    private static final int TOP_CLASSES = 25;

    @Test
    void heapWithRulesOnRouters(final Controller controller, final Restconf restconf) throws Exception {
        final int rules = Integer.getInteger("bench.rules", 100_000);
        final int routerCount = Integer.getInteger("bench.routers", 10);
        final List<Gobgp> routers = new ArrayList<>();
        try {
            BenchRules.speaker(restconf, SPEAKER_ADDRESS);
            for (int i = 0; i < routerCount; i++) {
                final String address = "127.0.0." + (160 + i);
                final Gobgp gobgp = Gobgp.start(address, SPEAKER_ADDRESS, "gobgpd-memory-" + i);
                routers.add(gobgp);
                BenchRules.router(restconf, "mem" + i, address, gobgp);
            }
            for (int i = 0; i < routerCount; i++) {
                final String device = "mem" + i;
                Eventually.await("the BGP session of " + device, Duration.ofSeconds(120), Duration.ofMillis(500),
                    () -> BenchRules.established(restconf, device));
            }
            final long pid = controller.jvmPid();
            final long emptyKib = usedAfterFullGc(pid);
            BenchRules.write("memory.txt", String.format(Locale.ROOT, "heap used after a full GC with %d sessions"
                + " and no rule: %.1f MiB%n", routerCount, emptyKib / 1024.0));

            final long start = System.nanoTime();
            BenchRules.writeBulk(restconf, rules, 1_000);
            final double written = (System.nanoTime() - start) / 1e9;
            BenchRules.awaitInstalled(restconf, rules, Duration.ofMinutes(30));
            final double installed = (System.nanoTime() - start) / 1e9;
            for (Gobgp gobgp : routers) {
                BenchRules.awaitDestinations(gobgp, rules, Duration.ofMinutes(30));
            }
            final double inRibs = (System.nanoTime() - start) / 1e9;
            final String load = BenchRules.loadAverage();
            final long fullKib = usedAfterFullGc(pid);
            final String histogram = jcmd(pid, "GC.class_histogram");
            final String heapInfo = jcmd(pid, "GC.heap_info");

            final StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d rules on %d routers (gobgpd)%n"
                + "written through RESTCONF in %.1f s, every status installed after %.1f s, in every RIB after"
                + " %.1f s%n"
                + "heap used after a full GC: %.1f MiB with the sessions and no rule, %.1f MiB with the rules%n"
                + "difference: %.1f MiB, %.0f bytes per rule, %.0f bytes per rule per router%n"
                + "load average: %s%n%n%s%n"
                + "largest classes (GC.class_histogram):%n", rules, routerCount, written, installed, inRibs,
                emptyKib / 1024.0, fullKib / 1024.0, (fullKib - emptyKib) / 1024.0,
                (fullKib - emptyKib) * 1024.0 / rules, (fullKib - emptyKib) * 1024.0 / rules / routerCount, load,
                heapInfo.strip()));
            histogram.lines().limit(TOP_CLASSES + 3).forEach(line -> report.append(line).append('\n'));
            BenchRules.write("memory-histogram.txt", histogram);
            BenchRules.report("memory.txt", report.toString());

            assertEquals(204, restconf.delete("/data/flowsteer-flowspec:flowspec").status());
            for (int i = 0; i < routerCount; i++) {
                assertEquals(204, restconf.delete("/data/flowsteer-devices:devices/device=mem" + i).status());
            }
            assertEquals(204, restconf.delete("/data/flowsteer-devices:bgp-speaker").status());
        } finally {
            for (Gobgp gobgp : routers) {
                gobgp.close();
            }
        }
    }

    private static long usedAfterFullGc(final long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        final String info = jcmd(pid, "GC.heap_info");
        final long[] usedKib = USED.matcher(info).results().mapToLong(space -> Long.parseLong(space.group(1)))
            .toArray();
        if (usedKib.length == 0) {
            throw new IOException("no heap use in: " + info);
        }
        return LongStream.of(usedKib).sum();
    }

    private static String jcmd(final long pid, final String command) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true)
            .start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }
}
