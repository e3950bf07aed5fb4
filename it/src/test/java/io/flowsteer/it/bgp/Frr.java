/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * FRR's bgpd (Debian package frr) run by a test: without zebra and without kernel routes, listening on its own
 * 127.0.0.x address and a free port, with its vty socket and log in a directory of the build, driven with vtysh.
 * The neighbor is passive: Flowsteer connects.
 */
public final class Frr implements BgpDaemon {
    /** bgpd's address. */
    static final String ADDRESS = "127.0.0.20";
    /** Flowsteer's address for this peer. */
    static final String SPEAKER_ADDRESS = "127.0.0.21";
    /** bgpd's AS. */
    public static final long AS = 65020;
    /** Flowsteer's AS, beyond 2 octets. */
    static final long SPEAKER_AS = 4_200_000_021L;

    private final Path dir;
    private final int port;
    private final String address;
    private Process process;

    private Frr(final Path dir, final int port, final String address) {
        this.dir = dir;
        this.port = port;
        this.address = address;
    }

    /**
     * Writes the configuration and starts bgpd.
     *
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    static Frr start() throws IOException, InterruptedException {
        return start(ADDRESS, SPEAKER_ADDRESS, "frr");
    }

    /**
     * Writes the configuration and starts a bgpd of its own.
     *
     * @param address bgpd's address
     * @param speakerAddress Flowsteer's address, bgpd's passive neighbour
     * @param name the directory of its files under the test directory
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    static Frr start(final String address, final String speakerAddress, final String name)
            throws IOException, InterruptedException {
        return start(address, speakerAddress, name, SPEAKER_AS);
    }

    /**
     * Starts bgpd on its own addresses, for a speaker in a given AS.
     *
     * @param address bgpd's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory of its files under the test directory
     * @param speakerAs the speaker's AS
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    public static Frr start(final String address, final String speakerAddress, final String name,
            final long speakerAs) throws IOException, InterruptedException {
        return start(address, speakerAddress, name, speakerAs, null);
    }

    /**
     * Starts bgpd on its own addresses, its session with the speaker signed with TCP MD5 (RFC 2385) when given a
     * key ({@code neighbor X password KEY}).
     *
     * @param address bgpd's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory of its files under the test directory
     * @param speakerAs the speaker's AS
     * @param md5Key the neighbour's password, or null for an unsigned session
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    static Frr start(final String address, final String speakerAddress, final String name, final long speakerAs,
            final String md5Key) throws IOException, InterruptedException {
        final Path dir = Path.of(System.getProperty("flowsteer.it.dir", "target"), name).toAbsolutePath();
        Files.createDirectories(dir);
        final Frr frr = new Frr(dir, Daemons.freePort(address), address);
        final String n = " neighbor " + speakerAddress;
        Files.writeString(dir.resolve("bgpd.conf"), String.join("\n",
            "hostname flowsteer-it-frr",
            "log file " + dir.resolve("bgpd.log") + " debugging",
            "debug bgp updates",
            "debug bgp neighbor-events",
            "debug bgp flowspec",
            "router bgp " + AS,
            " bgp router-id " + address,
            " no bgp ebgp-requires-policy",
            " no bgp default ipv4-unicast",
            n + " remote-as " + speakerAs,
            n + " passive",
            n + " update-source " + address,
            n + " timers 10 30",
            n + " capability extended-nexthop",
            md5Key == null ? "!" : n + " password " + md5Key,
            " address-family ipv4 flowspec",
            "  " + n + " activate",
            " exit-address-family",
            " address-family ipv6 flowspec",
            "  " + n + " activate",
            " exit-address-family",
            ""), StandardCharsets.UTF_8);
        frr.launch();
        return frr;
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder("/usr/lib/frr/bgpd", "-f", dir.resolve("bgpd.conf").toString(),
            "-i", dir.resolve("bgpd.pid").toString(), "-z", dir.resolve("zserv.api").toString(),
            "--vty_socket", dir.toString(), "-S", "-Z", "-n", "-l", address, "-p", Integer.toString(port),
            "-P", "0")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log")
                .toFile())).start();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                vtysh("show bgp summary");
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    close();
                    throw new IOException("bgpd did not start, see " + dir, e);
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Stops bgpd (SIGTERM: it closes its sessions) and starts it again with the same configuration.
     *
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    void restart() throws IOException, InterruptedException {
        close();
        launch();
    }

    @Override
    public int port() {
        return port;
    }

    /**
     * {@inheritDoc} Asks {@code show bgp summary json}: one object per family, each with its peers and their state.
     */
    @Override
    public boolean established(final String neighbor) throws IOException, InterruptedException {
        final JsonObject summary = JsonParser.parseString(vtysh("show bgp summary json")).getAsJsonObject();
        for (Map.Entry<String, JsonElement> family : summary.entrySet()) {
            final JsonObject peers = family.getValue().isJsonObject()
                ? family.getValue().getAsJsonObject().getAsJsonObject("peers") : null;
            final JsonObject peer = peers == null ? null : peers.getAsJsonObject(neighbor);
            if (peer != null && "Established".equals(peer.get("state").getAsString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one vtysh command against this bgpd.
     *
     * @param command the command
     * @return its output
     * @throws IOException when vtysh fails
     * @throws InterruptedException when interrupted
     */
    public String vtysh(final String command) throws IOException, InterruptedException {
        final List<String> args = new ArrayList<>(List.of("vtysh", "--vty_socket", dir.toString(), "-d", "bgpd",
            "-c", command));
        return Daemons.run(args);
    }

    @Override
    public void close() {
        Daemons.stop(process);
    }

    @Override
    public String toString() {
        return "bgpd " + address + ":" + port + " (" + dir + ")";
    }
}
