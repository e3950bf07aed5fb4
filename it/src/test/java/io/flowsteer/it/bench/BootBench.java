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
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (run only with {@code -Pbench}): how long the distribution takes to boot, from starting
 * {@code bin/karaf} until RESTCONF answers for Flowsteer's models (read every 100 ms):
 * <ul>
 *   <li>on an empty {@code data/} and datastore, three times;</li>
 *   <li>with data kept ({@code SIGTERM}, then start), holding 10,000 rules and one router whose BGP peer is a real
 *       gobgpd, three times; for these also until the BGP session is established and until every rule's status
 *       says {@code installed} again, both from the start of the process.</li>
 * </ul>
 * Results go to the log and to target/bench/boot.txt.
 *
 * <p>{@code mvn -pl it verify -Pbench -Dit.test=BootBench [-Dbench.installed=10000] [-Dbench.runs=3]}
 */
@ExtendWith(ControllerExtension.class)
class BootBench {
    private static final String GOBGP_ADDRESS = "127.0.0.152";
    private static final String SPEAKER_ADDRESS = "127.0.0.153";
    private static final String DEVICE = "boot1";

    @Test
    void boot(final Controller controller, final Restconf restconf) throws Exception {
        final int installed = Integer.getInteger("bench.installed", 10_000);
        final int runs = Integer.getInteger("bench.runs", 3);
        final StringBuilder report = new StringBuilder();
        for (int run = 1; run <= runs; run++) {
            final String load = BenchRules.loadAverage();
            final Duration boot = controller.restartEmpty();
            report.append(String.format(Locale.ROOT, "empty data, run %d: RESTCONF answered after %.1f s"
                + " (load average before %s)%n", run, boot.toMillis() / 1e3, load));
            // each figure as soon as it is known: a run cut short still leaves them
            BenchRules.write("boot.txt", report.toString());
        }
        try (Gobgp gobgp = Gobgp.start(GOBGP_ADDRESS, SPEAKER_ADDRESS, "gobgpd-boot")) {
            BenchRules.speaker(restconf, SPEAKER_ADDRESS);
            BenchRules.router(restconf, DEVICE, GOBGP_ADDRESS, gobgp);
            Eventually.await("the BGP session to gobgpd", Duration.ofSeconds(90), Duration.ofMillis(500),
                () -> BenchRules.established(restconf, DEVICE));
            BenchRules.writeBulk(restconf, installed, 1_000);
            BenchRules.awaitInstalled(restconf, installed, Duration.ofMinutes(10));
            BenchRules.awaitDestinations(gobgp, installed, Duration.ofMinutes(10));
            for (int run = 1; run <= runs; run++) {
                final String load = BenchRules.loadAverage();
                final Duration boot = controller.restart(Controller.Stop.GRACEFUL);
                final long start = controller.launchedAt();
                Eventually.await("the BGP session to gobgpd", Duration.ofMinutes(5), Duration.ofMillis(100),
                    () -> BenchRules.established(restconf, DEVICE));
                final double session = (System.nanoTime() - start) / 1e9;
                Eventually.await("every rule installed", Duration.ofMinutes(5), Duration.ofMillis(100),
                    () -> BenchRules.installed(restconf), count -> count == installed);
                final double allInstalled = (System.nanoTime() - start) / 1e9;
                report.append(String.format(Locale.ROOT, "data kept, %d rules, run %d: RESTCONF answered after"
                    + " %.1f s, BGP session established after %.1f s, every rule installed after %.1f s"
                    + " (load average before %s)%n", installed, run, boot.toMillis() / 1e3, session, allInstalled,
                    load));
                BenchRules.write("boot.txt", report.toString());
            }
            BenchRules.awaitDestinations(gobgp, installed, Duration.ofMinutes(2));
            BenchRules.report("boot.txt", report.toString());
            assertEquals(204, restconf.delete("/data/flowsteer-flowspec:flowspec").status());
            BenchRules.awaitDestinations(gobgp, 0, Duration.ofMinutes(5));
            assertEquals(204, restconf.delete("/data/flowsteer-devices:devices/device=" + DEVICE).status());
            assertEquals(204, restconf.delete("/data/flowsteer-devices:bgp-speaker").status());
        }
    }
}
