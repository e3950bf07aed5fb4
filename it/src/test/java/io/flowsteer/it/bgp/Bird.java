/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * BIRD 2 (Debian package bird2) run by a test in the foreground: its own 127.0.0.x address and a free port
 * (strict bind), flow4/flow6 tables fed by one passive BGP session, control socket and log in a directory of the
 * build, driven with birdc.
 */
public final class Bird implements BgpDaemon {
    /** BIRD's address. */
    static final String ADDRESS = "127.0.0.30";
    /** Flowsteer's address for this peer. */
    static final String SPEAKER_ADDRESS = "127.0.0.31";
    /** BIRD's AS. */
    public static final long AS = 65030;
    /** Flowsteer's AS, beyond 2 octets. */
    static final long SPEAKER_AS = 4_200_000_031L;
    /** The BGP protocol instance name. */
    static final String PROTOCOL = "flowsteer";

    private final Path dir;
    private final int port;
    private Process process;

    private Bird(final Path dir, final int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Writes the configuration and starts bird.
     *
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    static Bird start() throws IOException, InterruptedException {
        return start(ADDRESS, SPEAKER_ADDRESS, "bird", SPEAKER_AS);
    }

    /**
     * Writes the configuration and starts bird on its own addresses, for a speaker in a given AS.
     *
     * @param address bird's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory of its files under the test directory
     * @param speakerAs the speaker's AS
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    public static Bird start(final String address, final String speakerAddress, final String name,
            final long speakerAs) throws IOException, InterruptedException {
        return start(address, speakerAddress, name, speakerAs, null);
    }

    /**
     * Writes the configuration and starts bird on its own addresses, its session with the speaker signed with TCP
     * MD5 (RFC 2385) when given a key ({@code password "KEY";} in the protocol).
     *
     * @param address bird's BGP address
     * @param speakerAddress the address Flowsteer's speaker connects from
     * @param name the directory of its files under the test directory
     * @param speakerAs the speaker's AS
     * @param md5Key the session's password, or null for an unsigned session
     * @return the running daemon
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted
     */
    static Bird start(final String address, final String speakerAddress, final String name, final long speakerAs,
            final String md5Key) throws IOException, InterruptedException {
        final Path dir = Path.of(System.getProperty("flowsteer.it.dir", "target"), name).toAbsolutePath();
        Files.createDirectories(dir);
        final Bird bird = new Bird(dir, Daemons.freePort(address));
        Files.writeString(dir.resolve("bird.conf"), String.join("\n",
            "log \"" + dir.resolve("bird.log") + "\" all;",
            "router id " + address + ";",
            "debug protocols all;",
            "flow4 table flowtab4;",
            "flow6 table flowtab6;",
            "protocol device { }",
            "protocol bgp " + PROTOCOL + " {",
            "  local " + address + " port " + bird.port + " as " + AS + ";",
            "  neighbor " + speakerAddress + " as " + speakerAs + ";",
            "  passive on;",
            "  multihop;",
            "  strict bind on;",
            "  hold time 30;",
            md5Key == null ? "" : "  password \"" + md5Key + "\";",
            "  enable route refresh on;",
            "  flow4 { table flowtab4; import all; export none; };",
            "  flow6 { table flowtab6; import all; export none; };",
            "}",
            ""), StandardCharsets.UTF_8);
        bird.launch();
        return bird;
    }

    private void launch() throws IOException, InterruptedException {
        process = new ProcessBuilder("bird", "-f", "-c", dir.resolve("bird.conf").toString(), "-s",
            socket().toString(), "-P", dir.resolve("bird.pid").toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log")
                .toFile())).start();
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                birdc("show", "status");
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    close();
                    throw new IOException("bird did not start, see " + dir, e);
                }
                Thread.sleep(200);
            }
        }
    }

    private Path socket() {
        return dir.resolve("bird.ctl");
    }

    /**
     * Stops bird (SIGTERM: it closes its sessions) and starts it again with the same configuration.
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
     * {@inheritDoc} Asks {@code show protocols all} of the one BGP protocol, whose neighbour is the speaker.
     */
    @Override
    public boolean established(final String neighbor) throws IOException, InterruptedException {
        return birdc("show protocols all", PROTOCOL).contains("BGP state:          Established");
    }

    /**
     * Runs one birdc command against this bird.
     *
     * @param command the command words
     * @return its output
     * @throws IOException when birdc fails
     * @throws InterruptedException when interrupted
     */
    public String birdc(final String... command) throws IOException, InterruptedException {
        final String out = Daemons.run(List.of("birdc", "-s", socket().toString(), String.join(" ", command)));
        if (out.contains("Unable to connect")) {
            throw new IOException(out);
        }
        return out;
    }

    @Override
    public void close() {
        Daemons.stop(process);
    }

    @Override
    public String toString() {
        return "bird " + ADDRESS + ":" + port + " (" + dir + ")";
    }
}
