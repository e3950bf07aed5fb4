/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.impl.bgp.NettyBgpSouthbound;
import io.flowsteer.impl.bgp.ReconnectPolicy;
import io.flowsteer.it.Eventually;
import java.io.IOException;
import java.io.Writer;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A benchmark, not a test: how long 100,000 FSv1 rules take to be fully received by one gobgpd (its per-neighbor
 * "received" counter reaching 100,000), sent first by Flowsteer's speaker and then, after Flowsteer withdrew
 * them, by ExaBGP (text API, the rules written to its process pipe at once), side by side in one run. The rules
 * are destination 172.16.0.0/12 host routes with traffic-rate 0 (ExaBGP's "discard"). gobgpd listens on
 * 127.0.0.40, Flowsteer connects from 127.0.0.41 and ExaBGP from 127.0.0.42. Run with {@code -Pbench}; the
 * numbers go to the log and to {@code target/bench/result.txt}.
 */
class FlowspecAdvertiseBench {
    private static final Logger LOG = LoggerFactory.getLogger(FlowspecAdvertiseBench.class);
    private static final int ROUTES = Integer.getInteger("flowsteer.bench.routes", 100_000);
    private static final int MAX_NLRIS = Integer.getInteger("flowsteer.bench.maxNlris",
        UpdateMessageEncoder.DEFAULT_MAX_NLRIS_PER_UPDATE);
    private static final String GOBGP = "127.0.0.40";
    private static final String FLOWSTEER = "127.0.0.41";
    private static final String EXABGP = "127.0.0.42";
    private static final long GOBGP_AS = 65040;
    private static final long FLOWSTEER_AS = 4_200_000_041L;
    private static final long EXABGP_AS = 65042;
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void hundredThousandRulesFromFlowsteerAndFromExabgpToGobgp() throws Exception {
        final Path dir = Path.of(System.getProperty("flowsteer.it.dir", "target"), "bench").toAbsolutePath();
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve("go"));
        final int bgpPort = freePort(GOBGP);
        final int apiPort = freePort("127.0.0.1");
        Files.writeString(dir.resolve("gobgpd.toml"), gobgpConfig(bgpPort), StandardCharsets.UTF_8);
        writeExabgpFiles(dir, bgpPort);
        // pprof on the benchmark's own address (gobgpd's default, localhost:6060, may belong to another gobgpd),
        // so that a CPU profile of gobgpd can be taken during a run
        final Process gobgpd = new ProcessBuilder("gobgpd", "-f", dir.resolve("gobgpd.toml").toString(), "-p",
            "--api-hosts", "127.0.0.1:" + apiPort, "--pprof-host", GOBGP + ":" + freePort(GOBGP))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("gobgpd.log").toFile()).start();
        Process exabgp = null;
        final List<FlowspecRoute> routes = new ArrayList<>(ROUTES);
        for (int i = 0; i < ROUTES; i++) {
            routes.add(route(i));
        }
        try (NettyBgpSouthbound speaker = new NettyBgpSouthbound(new ExtendedCommunityCodec(),
                new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(30),
                    Duration.ofSeconds(2)),
                new SpeakerConfig((Inet4Address) InetAddress.getByName(FLOWSTEER), FLOWSTEER_AS,
                    new InetSocketAddress(InetAddress.getByName(FLOWSTEER), 0)), MAX_NLRIS)) {
            final InetAddress peer = InetAddress.getByName(GOBGP);
            speaker.putPeer(new PeerConfig(peer, bgpPort, GOBGP_AS, 90, Set.of(BgpFamily.IPV4_FLOWSPEC), false));
            final ProcessBuilder exabgpBuilder = new ProcessBuilder("exabgp", dir.resolve("exabgp.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("exabgp.log").toFile());
            // run as the invoking user, do not listen on port 179
            exabgpBuilder.environment().put("exabgp_daemon_user", System.getProperty("user.name"));
            exabgpBuilder.environment().put("exabgp_tcp_bind", "");
            // no log line per route: ExaBGP at its fastest (exabgp_log_enable=false crashes ExaBGP 4.2.21)
            exabgpBuilder.environment().put("exabgp_log_level", "WARNING");
            // the feeding process never reads: without this, ExaBGP blocks once 64 KiB of "done" acks fill its pipe
            exabgpBuilder.environment().put("exabgp_api_ack", "false");
            exabgp = exabgpBuilder.start();
            await(() -> received(apiPort, FLOWSTEER) >= 0 && received(apiPort, EXABGP) >= 0
                && speaker.status(peer).state() == BgpSessionState.ESTABLISHED ? 1 : 0, 1);

            long start = System.nanoTime();
            speaker.setAdjRibOut(peer, routes);
            await(() -> received(apiPort, FLOWSTEER), ROUTES);
            final long flowsteerNanos = System.nanoTime() - start;
            LOG.info("Flowsteer: {} rules received by gobgpd in {} ms, {}", ROUTES, flowsteerNanos / 1_000_000,
                speaker.status(peer).counters());

            start = System.nanoTime();
            speaker.setAdjRibOut(peer, List.of());
            await(() -> received(apiPort, FLOWSTEER), 0);
            final long withdrawNanos = System.nanoTime() - start;

            start = System.nanoTime();
            Files.writeString(dir.resolve("go"), "go");
            await(() -> received(apiPort, EXABGP), ROUTES);
            final long exabgpNanos = System.nanoTime() - start;
            final String result = String.format(
                "%d FSv1 rules fully received by gobgpd: Flowsteer %.2f s, ExaBGP %.2f s, ExaBGP/Flowsteer %.1f;"
                    + " Flowsteer withdrew them in %.2f s; Flowsteer packed at most %d NLRIs per UPDATE%n", ROUTES,
                flowsteerNanos / 1e9, exabgpNanos / 1e9, (double) exabgpNanos / flowsteerNanos, withdrawNanos / 1e9,
                MAX_NLRIS);
            LOG.info(result);
            Files.writeString(dir.resolve("result.txt"), result, StandardCharsets.UTF_8);
            assertEquals(ROUTES, received(apiPort, EXABGP));
        } finally {
            stop(exabgp);
            stop(gobgpd);
        }
    }

    private static FlowspecRoute route(final int index) {
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            address(index), 32)), RouteAttributes.of(new TrafficRateBytes(0, 0f)));
    }

    private static byte[] address(final int index) {
        return new byte[] {(byte) 172, (byte) (16 | index >> 16 & 0x0f), (byte) (index >> 8), (byte) index};
    }

    private static String gobgpConfig(final int port) {
        final StringBuilder out = new StringBuilder(String.join("\n",
            "[global.config]",
            "  as = " + GOBGP_AS,
            "  router-id = \"" + GOBGP + "\"",
            "  port = " + port,
            "  local-address-list = [\"" + GOBGP + "\"]",
            // a receiver only: nothing is advertised onwards, so only the ingestion of the routes is timed
            "[global.apply-policy.config]",
            "  default-export-policy = \"reject-route\"", ""));
        final String[][] neighbors = {{FLOWSTEER, Long.toString(FLOWSTEER_AS)}, {EXABGP, Long.toString(EXABGP_AS)}};
        for (String[] neighbor : neighbors) {
            out.append(String.join("\n",
                "[[neighbors]]",
                "  [neighbors.config]",
                "    neighbor-address = \"" + neighbor[0] + "\"",
                "    peer-as = " + neighbor[1],
                "  [neighbors.transport.config]",
                "    passive-mode = true",
                "    local-address = \"" + GOBGP + "\"",
                "  [neighbors.timers.config]",
                "    hold-time = 3600",
                "  [[neighbors.afi-safis]]",
                "    [neighbors.afi-safis.config]",
                "      afi-safi-name = \"ipv4-flowspec\"", ""));
        }
        return out.toString();
    }

    /**
     * ExaBGP's configuration, its feeding process (waits for the file "go", then copies routes.txt to its
     * standard output, which is ExaBGP's text API) and the routes.
     */
    private static void writeExabgpFiles(final Path dir, final int port) throws IOException {
        Files.writeString(dir.resolve("feed.py"), String.join("\n",
            "import os, sys, time",
            "d = '" + dir + "'",
            "while not os.path.exists(os.path.join(d, 'go')):",
            "    time.sleep(0.005)",
            "with open(os.path.join(d, 'routes.txt')) as f:",
            "    for line in f:",
            "        sys.stdout.write(line)",
            "sys.stdout.flush()",
            "while True:",
            "    time.sleep(60)", ""), StandardCharsets.UTF_8);
        try (Writer out = Files.newBufferedWriter(dir.resolve("routes.txt"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < ROUTES; i++) {
                final byte[] a = address(i);
                out.write("announce flow route { match { destination 172." + (a[1] & 0xff) + "." + (a[2] & 0xff)
                    + "." + (a[3] & 0xff) + "/32; } then { discard; } }\n");
            }
        }
        Files.writeString(dir.resolve("exabgp.conf"), String.join("\n",
            "process feed {",
            "    run /usr/bin/python3 " + dir.resolve("feed.py") + ";",
            "    encoder text;",
            "}",
            "neighbor " + GOBGP + " {",
            "    router-id " + EXABGP + ";",
            "    local-address " + EXABGP + ";",
            "    local-as " + EXABGP_AS + ";",
            "    peer-as " + GOBGP_AS + ";",
            "    connect " + port + ";",
            "    hold-time 3600;",
            "    family { ipv4 flow; }",
            "    api { processes [ feed ]; }",
            "}", ""), StandardCharsets.UTF_8);
    }

    /**
     * gobgpd's "received" counter of IPv4 flowspec for a neighbor, -1 before the session is established. It reads
     * the neighbor list ({@code gobgp neighbor -j}), not one neighbor ({@code gobgp neighbor X -j}): for one
     * neighbor the CLI asks for the advertised count too, which gobgpd 3.10 computes by running its export path
     * over its whole RIB on its main loop, so polling that way every 200 ms costs gobgpd work that grows with the
     * number of routes and slows down the very ingestion being measured.
     */
    private static long received(final int apiPort, final String neighbor) {
        try {
            final Process cli = new ProcessBuilder("gobgp", "-u", "127.0.0.1", "-p", Integer.toString(apiPort),
                "neighbor", "-j").redirectErrorStream(true).start();
            final String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!cli.waitFor(30, TimeUnit.SECONDS) || cli.exitValue() != 0) {
                return -1;
            }
            for (JsonElement element : JsonParser.parseString(out).getAsJsonArray()) {
                final JsonObject state = element.getAsJsonObject().getAsJsonObject("state");
                if (neighbor.equals(state.get("neighbor_address").getAsString())) {
                    return received(element.getAsJsonObject(), state);
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long received(final JsonObject peer, final JsonObject state) {
        if (!state.has("session_state") || state.get("session_state").getAsInt() != 6) {
            return -1;
        }
        for (JsonElement family : peer.getAsJsonArray("afi_safis")) {
            final JsonObject familyState = family.getAsJsonObject().getAsJsonObject("state");
            if (familyState.getAsJsonObject("family").get("safi").getAsInt() == 133) {
                return familyState.has("received") ? familyState.get("received").getAsLong() : 0;
            }
        }
        return 0;
    }

    private static void await(final LongSupplier value, final long wanted) throws InterruptedException {
        // every poll starts a gobgp client; polling faster costs the daemons CPU on a 2-core machine
        Eventually.await("a count of " + wanted, LIMIT, Duration.ofMillis(200), value::getAsLong,
            got -> got == wanted);
    }

    private static int freePort(final String address) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return socket.getLocalPort();
        }
    }

    private static void stop(final Process process) throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
