/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import io.flowsteer.it.bgp.Gobgp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (run only with {@code -Pbench}): the latency of one rule, end to end, on the booted
 * distribution with one router whose BGP peer is a real gobgpd ({@code full} profile) and 10,000 rules already
 * installed. Then 1,000 rules are written, each a /32 inside one of the installed rules' /30 so that it lands
 * somewhere in the installation order, one after the other, one RESTCONF PUT each, and for each is measured
 * from just before the PUT is sent:
 * <ul>
 *   <li>until the UPDATE carrying it passes on the loopback interface (tshark's kernel time stamp, see
 *       {@link WireWatch});</li>
 *   <li>until its status in the operational datastore says {@code installed} (read in a tight loop, one GET
 *       every millisecond after the last answer; the figure is the end of the GET that saw it, so it is late by at
 *       most one GET and a millisecond). {@code -Dbench.statusPollMillis=N} reads every N ms instead, to see what
 *       the reads themselves cost the controller's two cores.</li>
 * </ul>
 * The next PUT is sent once both were seen. Results go to the log and to target/bench/one-rule-latency.txt, each
 * rule's figures to one-rule-latency.csv.
 *
 * <p>{@code -Dbench.settleSeconds=N} waits N s after the bulk write before the first single rule (0 by default): it
 * tells whether the slow first rules are slow for how long the controller has been running since the bulk write or
 * for being the first. The goal is judged without it.
 *
 * <p>{@code mvn -pl it verify -Pbench -Dit.test=OneRuleLatencyBench [-Dbench.installed=10000]
 * [-Dbench.rules=1000] [-Dbench.statusPollMillis=1] [-Dbench.settleSeconds=0]}
 */
@ExtendWith(ControllerExtension.class)
class OneRuleLatencyBench {
    private static final String GOBGP_ADDRESS = "127.0.0.150";
    private static final String SPEAKER_ADDRESS = "127.0.0.151";
    private static final String DEVICE = "latency1";
    private static final Duration PER_RULE = Duration.ofSeconds(30);
    /**
     * The first single rules run a path the bulk write did not make hot, before the JIT has compiled it (waiting
     * after the bulk write does not change that): the report gives the figure without them too, beside the one
     * over every rule.
     */
    private static final int FIRST_RULES = 20;

    @Test
    void oneRuleAfterAnother(final Restconf restconf) throws Exception {
        final int installed = Integer.getInteger("bench.installed", 10_000);
        final int rules = Integer.getInteger("bench.rules", 1_000);
        final long pollMillis = Long.getLong("bench.statusPollMillis", 1);
        final long settleSeconds = Long.getLong("bench.settleSeconds", 0);
        try (Gobgp gobgp = Gobgp.start(GOBGP_ADDRESS, SPEAKER_ADDRESS, "gobgpd-latency")) {
            BenchRules.speaker(restconf, SPEAKER_ADDRESS);
            BenchRules.router(restconf, DEVICE, GOBGP_ADDRESS, gobgp);
            Eventually.await("the BGP session to gobgpd", Duration.ofSeconds(90), Duration.ofMillis(500),
                () -> BenchRules.established(restconf, DEVICE));

            final long bulkStart = System.nanoTime();
            BenchRules.writeBulk(restconf, installed, 1_000);
            BenchRules.awaitInstalled(restconf, installed, Duration.ofMinutes(10));
            BenchRules.awaitDestinations(gobgp, installed, Duration.ofMinutes(10));
            final double bulkSeconds = (System.nanoTime() - bulkStart) / 1e9;
            Thread.sleep(TimeUnit.SECONDS.toMillis(settleSeconds));

            final List<Double> toWire = new ArrayList<>();
            final List<Double> toInstalled = new ArrayList<>();
            final List<Double> putAnswered = new ArrayList<>();
            final StringBuilder csv = new StringBuilder(
                "rule,put_sent,put_answered_ms,wire_ms,installed_ms,status_reads\n");
            int statusReads = 0;
            int installedBeforeWire = 0;
            final String loadBefore = BenchRules.loadAverage();
            try (WireWatch wire = WireWatch.start(GOBGP_ADDRESS, gobgp.bgpPort())) {
                for (int i = 0; i < rules; i++) {
                    final String name = "l" + i;
                    final String address = address(i, installed);
                    final String body = "{\"flowsteer-flowspec:rule\":[" + BenchRules.rule(name, address + "/32")
                        + "]}";
                    final String statusPath = "/data/flowsteer-status:flowspec-status/rule=" + name
                        + "/state?content=nonconfig";

                    final Instant sent = Instant.now();
                    final var response = restconf.put("/data/flowsteer-flowspec:flowspec/rule=" + name, body);
                    final Instant answered = Instant.now();
                    assertEquals(201, response.status(), response.body());

                    Instant seenInstalled = null;
                    int reads = 0;
                    final long deadline = System.nanoTime() + PER_RULE.toNanos();
                    while (seenInstalled == null && System.nanoTime() - deadline < 0) {
                        final var state = restconf.get(statusPath);
                        reads++;
                        if (state.status() == 200 && state.body().contains("\"installed\"")) {
                            seenInstalled = Instant.now();
                        } else {
                            // leave the two cores to the controller between reads
                            Thread.sleep(pollMillis);
                        }
                    }
                    assertNotNull(seenInstalled, name + " installed within " + PER_RULE);
                    final Instant onWire = wire.await(address, PER_RULE);
                    assertNotNull(onWire, name + "'s UPDATE seen within " + PER_RULE);
                    statusReads += reads;
                    if (seenInstalled.isBefore(onWire)) {
                        installedBeforeWire++;
                    }
                    final double wireMillis = millis(sent, onWire);
                    final double installedMillis = millis(sent, seenInstalled);
                    final double putMillis = millis(sent, answered);
                    toWire.add(wireMillis);
                    toInstalled.add(installedMillis);
                    putAnswered.add(putMillis);
                    // the time the PUT was sent, to find the rule in the controller's log
                    csv.append(String.format(Locale.ROOT, "%s,%s,%.3f,%.3f,%.3f,%d%n", name, sent, putMillis,
                        wireMillis, installedMillis, reads));
                }
                final String report = String.format(Locale.ROOT, "rules installed before: %d (bulk write until"
                    + " installed and in gobgpd's RIB: %.1f s)%n"
                    + "waited after the bulk write: %d s%n"
                    + "rules written one at a time: %d%n"
                    + "PUT sent -> UPDATE on the wire:  %s%n"
                    + "PUT sent -> status installed:    %s%n"
                    + "PUT sent -> PUT answered:        %s%n"
                    + "to the wire, without the first %d rules: %s%n"
                    + "status reads per rule: %.1f (one every %d ms); status seen installed before its UPDATE passed: "
                    + "%d%n"
                    + "UPDATEs captured: %d%n"
                    + "load average before: %s, after: %s%n", installed, bulkSeconds, settleSeconds, rules,
                    BenchRules.percentiles(toWire), BenchRules.percentiles(toInstalled),
                    BenchRules.percentiles(putAnswered), FIRST_RULES,
                    toWire.size() > FIRST_RULES ? BenchRules.percentiles(toWire.subList(FIRST_RULES, toWire.size()))
                        : "too few rules",
                    (double) statusReads / rules, pollMillis, installedBeforeWire,
                    wire.updates(), loadBefore, BenchRules.loadAverage());
                BenchRules.write("one-rule-latency.csv", csv.toString());
                BenchRules.report("one-rule-latency.txt", report);
            }
            assertEquals(204, restconf.delete("/data/flowsteer-flowspec:flowspec").status());
            BenchRules.awaitDestinations(gobgp, 0, Duration.ofMinutes(5));
            assertEquals(204, restconf.delete("/data/flowsteer-devices:devices/device=" + DEVICE).status());
            assertEquals(204, restconf.delete("/data/flowsteer-devices:bgp-speaker").status());
        }
    }

    /**
     * The new rule's destination, a /32 inside the /30 of a bulk rule picked by a fixed permutation, so that the
     * new rules land all over the installation order (just before that rule), as an operator's would, and not all
     * at its end.
     */
    private static String address(final int index, final int installed) {
        final int bulk = (int) ((long) index * 7919 % installed);
        final String prefix = BenchRules.bulkPrefix(bulk);
        final int slash = prefix.indexOf('/');
        final int dot = prefix.lastIndexOf('.');
        return prefix.substring(0, dot + 1) + (Integer.parseInt(prefix.substring(dot + 1, slash)) + 1);
    }

    private static double millis(final Instant from, final Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }
}
