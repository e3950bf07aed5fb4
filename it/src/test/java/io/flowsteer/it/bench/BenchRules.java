/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.it.Eventually;
import io.flowsteer.it.Restconf;
import io.flowsteer.it.bgp.Gobgp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the end-to-end benchmarks on the booted distribution share: the speaker and gobgpd routers configured through
 * RESTCONF, rules written in bulk, waiting until every status says {@code installed} and gobgpd's RIB is full, and
 * percentiles.
 */
public final class BenchRules {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRules.class);
    private static final Pattern DESTINATIONS = Pattern.compile("Destination:\\s*(\\d+)");

    private BenchRules() {
        // helpers only
    }

    /**
     * Configures the speaker to listen on an address of its own (its connects leave from there too).
     */
    static void speaker(final Restconf restconf, final String address) throws IOException, InterruptedException {
        final int listenPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            listenPort = socket.getLocalPort();
        }
        final int status = restconf.put("/data/flowsteer-devices:bgp-speaker", "{\"flowsteer-devices:bgp-speaker\":"
            + "{\"router-id\":\"10.255.0.1\",\"local-as\":" + Gobgp.SPEAKER_AS + ",\"listen-address\":\""
            + address + "\",\"listen-port\":" + listenPort + "}}").status();
        assertEquals(2, status / 100, "bgp-speaker written");
    }

    /**
     * Configures a router whose BGP peer is the gobgpd, with the {@code full} profile.
     */
    static void router(final Restconf restconf, final String name, final String address, final Gobgp gobgp)
            throws IOException, InterruptedException {
        final int status = restconf.put("/data/flowsteer-devices:devices/device=" + name,
            "{\"flowsteer-devices:device\":[{\"name\":\"" + name + "\",\"bgp\":{\"peer-address\":\"" + address
                + "\",\"peer-port\":" + gobgp.bgpPort() + ",\"peer-as\":" + Gobgp.AS
                + ",\"address-family\":[\"ipv4-flowspec\"]},\"capability-profile\":{\"built-in\":\"full\"}}]}")
            .status();
        assertEquals(2, status / 100, "device " + name + " written");
    }

    static boolean established(final Restconf restconf, final String device) throws IOException,
            InterruptedException {
        return restconf.get("/data/flowsteer-status:device-status/device=" + device + "/bgp?content=nonconfig").body()
            .contains("\"established\"");
    }

    /**
     * One FSv1 rule as RESTCONF JSON: a destination prefix, UDP, traffic-rate 0.
     */
    static String rule(final String name, final String prefix) {
        return "{\"name\":\"" + name + "\",\"match\":{\"destination-prefix\":{\"prefix\":\"" + prefix
            + "\"},\"ip-protocol\":{\"term\":[{\"id\":0,\"value\":17}]}},\"actions\":{\"traffic-rate-bytes\":"
            + "{\"rate\":\"0\"}}}";
    }

    /**
     * The bulk rules' destinations: distinct /30s under 10.0.0.0/8 (the second octet stays below 200).
     */
    static String bulkPrefix(final int index) {
        return "10." + (index >> 14 & 0xff) + "." + (index >> 6 & 0xff) + "." + ((index & 0x3f) << 2) + "/30";
    }

    /**
     * Writes rules {@code b0} to {@code b(count-1)} as merge PATCHes of {@code batch} rules, one after the other.
     */
    static void writeBulk(final Restconf restconf, final int count, final int batch) throws IOException,
            InterruptedException {
        for (int first = 0; first < count; first += batch) {
            final StringBuilder body = new StringBuilder("{\"flowsteer-flowspec:flowspec\":{\"rule\":[");
            for (int i = first; i < Math.min(count, first + batch); i++) {
                if (i > first) {
                    body.append(',');
                }
                body.append(rule("b" + i, bulkPrefix(i)));
            }
            body.append("]}}");
            final var response = restconf.patch("/data/flowsteer-flowspec:flowspec", body.toString());
            assertEquals(2, response.status() / 100, response.body());
        }
    }

    /**
     * How many rules' summary status is {@code installed} now, from a read of every rule's state (3.6 MB for 100,000
     * rules).
     *
     * @param restconf the controller's RESTCONF
     * @return the count
     * @throws IOException when the read fails
     * @throws InterruptedException when interrupted
     */
    public static int installed(final Restconf restconf) throws IOException, InterruptedException {
        final String body = restconf.get(
            "/data/flowsteer-status:flowspec-status?content=nonconfig&fields=rule(name;state)").body();
        int installed = 0;
        for (int at = body.indexOf("\"installed\""); at >= 0; at = body.indexOf("\"installed\"", at + 1)) {
            installed++;
        }
        return installed;
    }

    static void awaitInstalled(final Restconf restconf, final int rules, final Duration timeout) throws Exception {
        Eventually.await("every rule installed", timeout, Duration.ofSeconds(1), () -> {
            final int installed = installed(restconf);
            if (installed != rules) {
                LOG.info("{} of {} rules installed", installed, rules);
            }
            return installed;
        }, installed -> installed == rules);
    }

    /**
     * The number of destinations in gobgpd's global ipv4-flowspec RIB, or -1 when it does not say.
     */
    static int destinations(final Gobgp gobgp) throws IOException, InterruptedException {
        final Matcher matcher = DESTINATIONS.matcher(gobgp.cli("global", "rib", "summary", "-a", "ipv4-flowspec"));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    static void awaitDestinations(final Gobgp gobgp, final int count, final Duration timeout) throws Exception {
        Eventually.await(gobgp + " holding " + count + " rules", timeout, Duration.ofMillis(500),
            () -> destinations(gobgp), size -> size == count);
    }

    /**
     * The machine's load averages now, from {@code /proc/loadavg}.
     */
    static String loadAverage() throws IOException {
        final String[] fields = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /**
     * The 50th, 90th and 99th percentile (nearest rank) and the maximum, in milliseconds.
     */
    static String percentiles(final List<Double> millis) {
        final double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
            rank(sorted, 50), rank(sorted, 90), rank(sorted, 99), sorted[sorted.length - 1], sorted.length);
    }

    private static double rank(final double[] sorted, final int percent) {
        final int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Writes a result file under target/bench.
     */
    static void write(final String file, final String text) throws IOException {
        final Path dir = Path.of("target/bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    /**
     * Writes the result under target/bench and logs it.
     */
    static void report(final String file, final String text) throws IOException {
        write(file, text);
        LOG.info("\n{}", text);
    }
}
