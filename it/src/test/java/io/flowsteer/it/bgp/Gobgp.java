/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import io.flowsteer.it.ProcessCpu;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One gobgpd (Debian package gobgpd) for the whole test run, bound to loopback only: BGP on {@link #ADDRESS} at a
 * free port, gRPC API on 127.0.0.1 at another free port. It has AS {@link #AS} and one passive neighbor,
 * {@link #SPEAKER_ADDRESS} in AS {@link #SPEAKER_AS}, with ipv4-flowspec, ipv6-flowspec, ipv4-unicast and ipv6-unicast
 * and graceful restart (so that it sends End-of-RIB markers, RFC 4724).
 */
public final class Gobgp implements ExtensionContext.Store.CloseableResource, BgpDaemon {
    /** gobgpd's BGP address. */
    public static final String ADDRESS = "127.0.0.2";
    /** The address Flowsteer's speaker connects from. */
    public static final String SPEAKER_ADDRESS = "127.0.0.1";
    /** gobgpd's AS. */
    public static final long AS = 65000;
    /** Flowsteer's AS: beyond 2 octets, so OPEN carries AS_TRANS (RFC 6793). */
    public static final long SPEAKER_AS = 4_200_000_001L;
    /**
     * gobgpd's log level: {@code debug} for the tests ({@link #endOfRibsReceived()} reads the log), {@code info} for
     * the benchmarks, where a line per route received would take CPU from the controller on the same machine.
     */
    private static final String LOG_LEVEL = System.getProperty("flowsteer.it.gobgpd.log", "debug");

    private final Process process;
    private final int bgpPort;
    private final int apiPort;
    private final Path dir;

    private Gobgp(final Process process, final int bgpPort, final int apiPort, final Path dir) {
        this.process = process;
        this.bgpPort = bgpPort;
        this.apiPort = apiPort;
        this.dir = dir;
    }

    /**
     * Starts gobgpd and waits for its API.
     *
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    static Gobgp start() throws IOException, InterruptedException {
        return start(ADDRESS, SPEAKER_ADDRESS, "gobgpd");
    }

    /**
     * Starts a gobgpd of its own, e.g. for the booted controller's speaker, so that it never meets the in-JVM
     * speaker of other tests.
     *
     * @param address gobgpd's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory under target/ for its configuration and log
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    public static Gobgp start(final String address, final String speakerAddress, final String name)
            throws IOException, InterruptedException {
        return start(address, speakerAddress, name, SPEAKER_AS, (String) null);
    }

    /**
     * Starts a gobgpd of its own for a speaker in a given AS.
     *
     * @param address gobgpd's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory under target/ for its configuration and log
     * @param speakerAs the speaker's AS
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    public static Gobgp start(final String address, final String speakerAddress, final String name,
            final long speakerAs) throws IOException, InterruptedException {
        return start(address, speakerAddress, name, speakerAs, (String) null);
    }

    /**
     * Starts a gobgpd of its own whose session with the speaker is signed with TCP MD5 (RFC 2385).
     *
     * @param address gobgpd's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory under target/ for its configuration and log
     * @param speakerAs the speaker's AS
     * @param md5Key gobgpd's {@code auth-password} for the speaker, or null for an unsigned session
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    public static Gobgp start(final String address, final String speakerAddress, final String name,
            final long speakerAs, final String md5Key) throws IOException, InterruptedException {
        return start(address, speakerAddress, name, speakerAs, new Neighbor(md5Key, 0, 0, 0));
    }

    /**
     * Starts a gobgpd of its own with a neighbour configured beyond the defaults.
     *
     * @param address gobgpd's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory under target/ for its configuration and log
     * @param speakerAs the speaker's AS
     * @param neighbor how the speaker's neighbour is configured
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    public static Gobgp start(final String address, final String speakerAddress, final String name,
            final long speakerAs, final Neighbor neighbor) throws IOException, InterruptedException {
        final int bgpPort = freePort(address);
        final int apiPort = freePort("127.0.0.1");
        final Path dir = Path.of(System.getProperty("flowsteer.it.dir", "target"), name);
        Files.createDirectories(dir);
        final Path config = dir.resolve("gobgpd.toml");
        Files.writeString(config, String.join("\n",
            "[global.config]",
            "  as = " + AS,
            "  router-id = \"" + address + "\"",
            "  port = " + bgpPort,
            "  local-address-list = [\"" + address + "\"]",
            "[[neighbors]]",
            "  [neighbors.config]",
            "    neighbor-address = \"" + speakerAddress + "\"",
            "    peer-as = " + speakerAs,
            String.join("\n", neighbor.toml(address)),
            "  [neighbors.timers.config]",
            "    hold-time = 30",
            "    keepalive-interval = 10",
            "    idle-hold-time-after-reset = 1",
            "  [neighbors.graceful-restart.config]",
            "    enabled = true",
            "    restart-time = 120",
            neighbor.longLivedStaleTime() == 0 ? "" : "    long-lived-enabled = true",
            String.join("\n", neighbor.afiSafi("ipv4-flowspec")),
            String.join("\n", neighbor.afiSafi("ipv6-flowspec")),
            String.join("\n", neighbor.afiSafi("ipv4-unicast")),
            String.join("\n", neighbor.afiSafi("ipv6-unicast")),
            ""), StandardCharsets.UTF_8);
        final Process process = new ProcessBuilder("gobgpd", "-f", config.toString(), "-p", "-l", LOG_LEVEL,
            "--api-hosts", "127.0.0.1:" + apiPort)
            .redirectErrorStream(true).redirectOutput(dir.resolve("gobgpd.log").toFile()).start();
        final Gobgp gobgp = new Gobgp(process, bgpPort, apiPort, dir);
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                gobgp.cli("neighbor");
                return gobgp;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    gobgp.close();
                    throw new IOException("gobgpd did not start, see " + dir.resolve("gobgpd.log"), e);
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * How gobgpd's neighbour, Flowsteer's speaker, is configured beyond the defaults.
     *
     * @param md5Key the {@code auth-password} (TCP MD5, RFC 2385), or null for an unsigned session
     * @param ttlMin with {@code ttl-security} (GTSM, RFC 5082) the lowest TTL gobgpd accepts (it then sends with
     *     255), or 0 for none
     * @param multihopTtl with {@code ebgp-multihop} the TTL gobgpd sends with, or 0 for none
     * @param speakerPort the speaker's port for gobgpd to connect to, or 0 for a passive gobgpd
     * @param longLivedStaleTime with long-lived graceful restart (RFC 9494) for every family, the most seconds
     *     gobgpd keeps the speaker's routes after the restart time, or 0 for none
     */
    public record Neighbor(String md5Key, int ttlMin, int multihopTtl, int speakerPort, int longLivedStaleTime) {
        /**
         * A neighbour without long-lived graceful restart.
         *
         * @param md5Key the {@code auth-password}, or null
         * @param ttlMin the GTSM minimum TTL, or 0
         * @param multihopTtl the multihop TTL, or 0
         * @param speakerPort the speaker's port, or 0 for a passive gobgpd
         */
        public Neighbor(final String md5Key, final int ttlMin, final int multihopTtl, final int speakerPort) {
            this(md5Key, ttlMin, multihopTtl, speakerPort, 0);
        }

        private List<String> afiSafi(final String name) {
            final List<String> lines = new ArrayList<>(List.of("  [[neighbors.afi-safis]]",
                "    [neighbors.afi-safis.config]", "      afi-safi-name = \"" + name + "\"",
                "    [neighbors.afi-safis.mp-graceful-restart.config]", "      enabled = true"));
            if (longLivedStaleTime != 0) {
                lines.addAll(List.of("    [neighbors.afi-safis.long-lived-graceful-restart.config]",
                    "      enabled = true", "      restart-time = " + longLivedStaleTime));
            }
            return lines;
        }

        private List<String> toml(final String address) {
            final List<String> lines = new ArrayList<>();
            if (md5Key != null) {
                lines.add("    auth-password = \"" + md5Key + "\"");
            }
            lines.add("  [neighbors.transport.config]");
            lines.add("    local-address = \"" + address + "\"");
            lines.add(speakerPort == 0 ? "    passive-mode = true" : "    remote-port = " + speakerPort);
            if (ttlMin != 0) {
                lines.addAll(List.of("  [neighbors.ttl-security.config]", "    enabled = true",
                    "    ttl-min = " + ttlMin));
            }
            if (multihopTtl != 0) {
                lines.addAll(List.of("  [neighbors.ebgp-multihop.config]", "    enabled = true",
                    "    multihop-ttl = " + multihopTtl));
            }
            return lines;
        }
    }

    private static int freePort(final String address) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return socket.getLocalPort();
        }
    }

    /**
     * How many End-of-RIB markers (RFC 4724 section 2) gobgpd has received so far, from every neighbour, as its
     * debug log counts them (the tests' log level, not the benchmarks').
     *
     * @return the count
     * @throws IOException when the log cannot be read
     */
    public int endOfRibsReceived() throws IOException {
        final String log = Files.readString(dir.resolve("gobgpd.log"), StandardCharsets.UTF_8);
        return log.split("msg=\"EOR received\"", -1).length - 1;
    }

    /**
     * CPU time gobgpd has used so far, all its threads together.
     *
     * @return the time, zero where the operating system does not tell
     */
    public Duration cpu() {
        return ProcessCpu.of(process.toHandle());
    }

    /**
     * gobgpd's BGP port.
     *
     * @return the port
     */
    public int bgpPort() {
        return bgpPort;
    }

    @Override
    public int port() {
        return bgpPort;
    }

    /**
     * {@inheritDoc} Asks {@code gobgp neighbor}, a table with a line per neighbour.
     */
    @Override
    public boolean established(final String neighbor) throws IOException, InterruptedException {
        return cli("neighbor").lines().map(String::strip)
            .anyMatch(line -> line.startsWith(neighbor + " ") && line.contains("Establ"));
    }

    /**
     * Runs the gobgp client against this daemon.
     *
     * @param args the arguments after the connection options
     * @return standard output
     * @throws IOException when gobgp fails
     * @throws InterruptedException when interrupted
     */
    public String cli(final String... args) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of("gobgp", "-u", "127.0.0.1", "-p",
            Integer.toString(apiPort)));
        command.addAll(List.of(args));
        final Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cli.waitFor(30, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "gobgpd " + ADDRESS + ":" + bgpPort + " (" + dir + ")";
    }
}
