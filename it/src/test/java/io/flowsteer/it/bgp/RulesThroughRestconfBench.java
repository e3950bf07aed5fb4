/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.it.Controller;
import io.flowsteer.it.ControllerExtension;
import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import io.flowsteer.it.bench.BenchRules;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a test (run only with {@code -Pbench}): 100,000 FSv1 rules written through RESTCONF in batches
 * (one merge PATCH per batch) on the booted distribution with one router, a real gobgpd, until every rule's
 * status is final ({@code installed} on the router) and gobgpd holds every route; then all of them deleted in
 * one request until gobgpd holds none. The same controller does this in {@code bench.rounds} rounds (two unless
 * told), so that the first write after start, while the JIT compiler is still at work, and the ones after it are
 * measured apart. The numbers go to the log and to target/bench/rules-restconf.txt. Whether every rule is installed
 * is asked of {@code rule-summary} once a second ({@code -Dbench.probe=every-status}: read from every rule's status).
 * The batches are sent by {@code bench.clients} clients at once (one unless told), each taking the next batch as soon
 * as its last one was answered, so that more than one request may be in the controller at a time.
 *
 * <p>{@code mvn -o -pl it verify -Pbench -Dit.test=RulesThroughRestconfBench [-Dbench.rules=100000]
 * [-Dbench.batch=1000] [-Dbench.format=xml] [-Dbench.rounds=2] [-Dbench.probe=every-status] [-Dbench.clients=1]}
 */
@ExtendWith(ControllerExtension.class)
class RulesThroughRestconfBench {
    private static final Logger LOG = LoggerFactory.getLogger(RulesThroughRestconfBench.class);
    private static final Pattern DESTINATIONS = Pattern.compile("Destination:\\s*(\\d+)");
    /** The {@code state} entry of {@code rule-summary}'s output for {@code installed}. */
    private static final Pattern INSTALLED_LINE = Pattern.compile("\\{[^{}]*\"installed\"[^{}]*\\}");
    private static final Pattern RULES = Pattern.compile("\"rules\":(\\d+)");
    private static final String GOBGP_ADDRESS = "127.0.0.3";
    private static final String SPEAKER_ADDRESS = "127.0.0.1";
    private static final String FLOWSPEC = "/data/flowsteer-flowspec:flowspec";
    /** How the benchmark learns that every rule is installed: {@code summary} or {@code every-status}. */
    private static final String PROBE = System.getProperty("bench.probe", "summary");

    @Test
    void hundredThousandRulesThroughRestconf(final Controller controller, final Restconf restconf) throws Exception {
        final int rules = Integer.getInteger("bench.rules", 100_000);
        final int batch = Integer.getInteger("bench.batch", 1_000);
        final int rounds = Integer.getInteger("bench.rounds", 2);
        final boolean xml = "xml".equals(System.getProperty("bench.format", "json"));
        final int clients = Integer.getInteger("bench.clients", 1);
        try (Gobgp gobgp = Gobgp.start(GOBGP_ADDRESS, SPEAKER_ADDRESS, "gobgpd-bench")) {
            connect(restconf, gobgp);
            final StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "rules=%d batch=%d format=%s rounds=%d probe=%s clients=%d%n", rules, batch, xml ? "xml" : "json",
                rounds, PROBE, clients));
            for (int round = 1; round <= rounds; round++) {
                report.append(String.format(Locale.ROOT, "round %d%s:%n", round,
                    round == 1 ? " (the first write since the controller started)" : ""))
                    .append(round(restconf, controller, gobgp, rules, batch, xml, clients));
                LOG.info("\n{}", report);
                Files.createDirectories(Path.of("target/bench"));
                Files.writeString(Path.of("target/bench/rules-restconf.txt"), report, StandardCharsets.UTF_8);
            }
            assertEquals(204, restconf.delete("/data/flowsteer-devices:devices/device=bench1").status());
            assertEquals(204, restconf.delete("/data/flowsteer-devices:bgp-speaker").status());
        }
    }

    /**
     * One round: every rule written, installed and in gobgpd, then all deleted and withdrawn.
     *
     * @return the round's lines of the report
     */
    private static String round(final Restconf restconf, final Controller controller, final Gobgp gobgp,
            final int rules, final int batch, final boolean xml, final int clients) throws Exception {
        final Duration controllerCpu = controller.cpu();
        final Duration gobgpCpu = gobgp.cpu();
        final long start = System.nanoTime();
        final List<Long> batchNanos = writeBatches(restconf, rules, batch, xml, clients);
        final long written = System.nanoTime();
        final long installed = awaitInstalled(restconf, rules);
        final Duration controllerUsed = controller.cpu().minus(controllerCpu);
        final Duration gobgpUsed = gobgp.cpu().minus(gobgpCpu);
        final long inGobgp = awaitDestinations(gobgp, count -> count == rules);

        final long deleteStart = System.nanoTime();
        assertEquals(204, restconf.delete("/data/flowsteer-flowspec:flowspec").status());
        final long withdrawn = awaitDestinations(gobgp, count -> count == 0);
        awaitInstalled(restconf, 0);
        return String.format(Locale.ROOT, "all written through RESTCONF: %.1f s (%.0f rules/s)%n"
            + "one batch, first tenth / last tenth of the batches: %.0f ms / %.0f ms on average%n"
            + "every status installed:      %.1f s after the first write%n"
            + "CPU used until then: controller %.1f s, gobgpd %.1f s%n"
            + "every route in gobgpd's RIB: %.1f s after the first write%n"
            + "all deleted and withdrawn:   %.1f s%n", seconds(start, written), rules / seconds(start, written),
            averageMillis(batchNanos, 0), averageMillis(batchNanos, 9), seconds(start, installed),
            controllerUsed.toMillis() / 1e3, gobgpUsed.toMillis() / 1e3, seconds(start, inGobgp),
            seconds(deleteStart, withdrawn));
    }

    /**
     * Sends every batch, {@code clients} at a time, each client taking the next batch once its last was answered.
     *
     * @return each batch's time from request to answer, in the order of the batches
     */
    private static List<Long> writeBatches(final Restconf restconf, final int rules, final int batch,
            final boolean xml, final int clients) throws Exception {
        final int batches = (rules + batch - 1) / batch;
        final long[] nanos = new long[batches];
        final AtomicInteger next = new AtomicInteger();
        final ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            final List<Future<?>> sent = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                sent.add(pool.submit(() -> {
                    for (int index = next.getAndIncrement(); index < batches; index = next.getAndIncrement()) {
                        final int first = index * batch;
                        final int last = Math.min(rules, first + batch);
                        final long batchStart = System.nanoTime();
                        final var response = xml ? restconf.xml("PATCH", FLOWSPEC, xmlBatch(first, last))
                            : restconf.patch(FLOWSPEC, jsonBatch(first, last));
                        assertEquals(200, response.status() / 100 * 100, response.body());
                        nanos[index] = System.nanoTime() - batchStart;
                    }
                    return null;
                }));
            }
            for (Future<?> client : sent) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Arrays.stream(nanos).boxed().toList();
    }

    private static void connect(final Restconf restconf, final Gobgp gobgp) throws Exception {
        final int listenPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(SPEAKER_ADDRESS), 0));
            listenPort = socket.getLocalPort();
        }
        assertEquals(201, restconf.put("/data/flowsteer-devices:bgp-speaker", "{\"flowsteer-devices:bgp-speaker\":"
            + "{\"router-id\":\"10.255.0.1\",\"local-as\":" + Gobgp.SPEAKER_AS + ",\"listen-address\":\""
            + SPEAKER_ADDRESS + "\",\"listen-port\":" + listenPort + "}}").status());
        assertEquals(201, restconf.put("/data/flowsteer-devices:devices/device=bench1",
            "{\"flowsteer-devices:device\":[{\"name\":\"bench1\",\"bgp\":{\"peer-address\":\"" + GOBGP_ADDRESS
                + "\",\"peer-port\":" + gobgp.bgpPort() + ",\"peer-as\":" + Gobgp.AS
                + ",\"address-family\":[\"ipv4-flowspec\"]},\"capability-profile\":{\"built-in\":\"full\"}}]}")
            .status());
        Eventually.await("the BGP session to gobgpd", Duration.ofSeconds(90), Duration.ofMillis(500),
            () -> restconf.get("/data/flowsteer-status:device-status/device=bench1/bgp?content=nonconfig").body()
                .contains("\"established\""));
    }

    private static long awaitInstalled(final Restconf restconf, final int rules) throws Exception {
        final boolean everyStatus = "every-status".equals(PROBE);
        Eventually.await(rules + " rules installed", Duration.ofMinutes(20), Duration.ofSeconds(1), () -> {
            final int installed = everyStatus ? BenchRules.installed(restconf) : installedInSummary(restconf);
            if (installed != rules) {
                LOG.info("{} of {} rules installed", installed, rules);
            }
            return installed;
        }, installed -> installed == rules);
        return System.nanoTime();
    }

    /**
     * How many rules are installed, from {@code rule-summary}: counted in the controller, a few bytes on the wire.
     */
    private static int installedInSummary(final Restconf restconf) throws Exception {
        final var response = restconf.post("/operations/flowsteer-status:rule-summary", "");
        assertEquals(200, response.status(), response.body());
        final Matcher line = INSTALLED_LINE.matcher(response.body());
        if (!line.find()) {
            return 0;
        }
        final Matcher rules = RULES.matcher(line.group());
        return rules.find() ? Integer.parseInt(rules.group(1)) : 0;
    }

    private static long awaitDestinations(final Gobgp gobgp, final java.util.function.IntPredicate done)
            throws Exception {
        Eventually.await("gobgpd's RIB of the expected size", Duration.ofMinutes(20), Duration.ofMillis(200), () -> {
            final Matcher matcher = DESTINATIONS.matcher(gobgp.cli("global", "rib", "summary", "-a", "ipv4-flowspec"));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        }, size -> size >= 0 && done.test(size));
        return System.nanoTime();
    }

    /**
     * One merge PATCH of rules {@code first} to {@code last - 1} in JSON (RFC 7951).
     */
    static String jsonBatch(final int first, final int last) {
        final StringBuilder body = new StringBuilder("{\"flowsteer-flowspec:flowspec\":{\"rule\":[");
        for (int i = first; i < last; i++) {
            if (i > first) {
                body.append(',');
            }
            body.append("{\"name\":\"r").append(i).append("\",\"match\":{\"destination-prefix\":")
                .append("{\"prefix\":\"").append(prefix(i)).append("\"},\"ip-protocol\":{\"term\":[")
                .append("{\"id\":0,\"value\":17}]}},\"actions\":{\"traffic-rate-bytes\":")
                .append("{\"rate\":\"0\"}}}");
        }
        return body.append("]}}").toString();
    }

    /**
     * The same PATCH in XML (RFC 7950 section 13).
     */
    private static String xmlBatch(final int first, final int last) {
        final StringBuilder body = new StringBuilder("<flowspec xmlns=\"urn:flowsteer:yang:flowspec\">");
        for (int i = first; i < last; i++) {
            body.append("<rule><name>r").append(i).append("</name><match><destination-prefix><prefix>")
                .append(prefix(i)).append("</prefix></destination-prefix><ip-protocol><term><id>0</id><value>17")
                .append("</value></term></ip-protocol></match><actions><traffic-rate-bytes><rate>0</rate>")
                .append("</traffic-rate-bytes></actions></rule>");
        }
        return body.append("</flowspec>").toString();
    }

    private static String prefix(final int index) {
        return "10." + (index >> 14 & 0xff) + "." + (index >> 6 & 0xff) + "." + ((index & 0x3f) << 2) + "/30";
    }

    /**
     * The average time of the batches in one tenth of the run, to show whether a batch costs more as the rules
     * stored grow.
     */
    private static double averageMillis(final List<Long> nanos, final int tenth) {
        final int size = Math.max(1, nanos.size() / 10);
        final int from = Math.min(tenth * size, nanos.size() - size);
        return nanos.subList(from, from + size).stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    private static double seconds(final long from, final long to) {
        return (to - from) / 1e9;
    }
}
