/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.cluster;

import static java.util.Objects.requireNonNull;

import io.flowsteer.it.ProcessTree;
import io.flowsteer.it.Restconf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One member of a three-node Flowsteer cluster on this machine: its own copy of the distribution, made a member
 * by {@code bin/flowsteer-cluster-node} as an operator does, with every listener (RESTCONF, the console, JMX, Akka)
 * on the member's own loopback address, started and stopped as a child process.
 */
final class ClusterNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

    private final int member;
    private final String address;
    private final Path home;
    private final String password;
    private final Restconf restconf;
    private Process process;
    private int boots;

    private ClusterNode(final int member, final String address, final Path home, final String password) {
        this.member = member;
        this.address = requireNonNull(address);
        this.home = requireNonNull(home);
        this.password = requireNonNull(password);
        restconf = Restconf.at("http://" + address + ":8181/rests", "admin", password);
    }

    /**
     * Copies the distribution and makes the copy member {@code member} of three.
     *
     * @param pristine the unpacked distribution, never started
     * @param root where the members' copies go
     * @param member 1, 2 or 3
     * @param addresses the three members' addresses, in member order
     * @param password the RESTCONF admin password the first start sets
     * @return the member, not started
     * @throws IOException when it cannot be prepared
     * @throws InterruptedException when interrupted
     */
    static ClusterNode prepare(final Path pristine, final Path root, final int member, final List<String> addresses,
            final String password) throws IOException, InterruptedException {
        final Path home = root.resolve("member-" + member);
        Files.createDirectories(root);
        run(root, "rm", "-rf", home.toString());
        run(root, "cp", "-a", pristine.toString(), home.toString());
        final List<String> script = new ArrayList<>(List.of(home.resolve("bin/flowsteer-cluster-node").toString(),
            Integer.toString(member)));
        script.addAll(addresses);
        run(home, script.toArray(String[]::new));
        final String address = addresses.get(member - 1);
        replace(home.resolve("etc/custom.system.properties"), "flowsteer.restconf.address", address);
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshHost", address);
        replace(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryHost", address);
        replace(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerHost", address);
        return new ClusterNode(member, address, home, password);
    }

    /**
     * Sets {@code key = value} in a properties file, replacing the line that sets it or adding one.
     */
    private static void replace(final Path file, final String key, final String value) throws IOException {
        final List<String> lines = new ArrayList<>();
        boolean found = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.matches("\\s*" + key.replace(".", "\\.") + "\\s*=.*")) {
                lines.add(key + " = " + value);
                found = true;
            } else {
                lines.add(line);
            }
        }
        if (!found) {
            lines.add(key + " = " + value);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void run(final Path dir, final String... command) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
            .start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    /**
     * Starts the member's Karaf; the first start sets the admin password given to {@link #prepare}.
     *
     * @throws IOException when it cannot be started
     */
    void start() throws IOException {
        final Path log = home.resolve("data/log/karaf.log");
        if (Files.exists(log)) {
            boots++;
            Files.move(log, home.resolve("karaf-boot-" + boots + ".log"));
        }
        final ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf-it.out").toFile()));
        builder.environment().put("FLOWSTEER_ADMIN_PASSWORD", password);
        LOG.info("Starting member-{} on {}", member, address);
        process = builder.start();
    }

    /**
     * Waits until the member's RESTCONF answers for Flowsteer's models.
     *
     * @param timeout how long to wait at the most
     * @throws IOException when it does not within the timeout, or Karaf exited
     * @throws InterruptedException when interrupted
     */
    void awaitRestconf(final Duration timeout) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        int last = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(this + ": Karaf exited with " + process.exitValue() + ", see " + home);
            }
            try {
                last = restconf.get("/data/flowsteer-flowspec:flowspec?content=config").status();
                if (last == 200 || last == 409) {
                    return;
                }
            } catch (IOException e) {
                LOG.debug("{}: RESTCONF not up yet: {}", this, e.getMessage());
            }
            Thread.sleep(1000);
        }
        throw new IOException(this + ": RESTCONF did not answer within " + timeout + " (last " + last + "), see "
            + home.resolve("data/log/karaf.log") + "; what it said about the cluster: " + clusterLines());
    }

    /**
     * Waits until the member's Akka system runs: its split brain resolver has started.
     *
     * @param timeout how long to wait at the most
     * @throws IOException when it does not within the timeout, or Karaf exited
     * @throws InterruptedException when interrupted
     */
    void awaitActorSystem(final Duration timeout) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        final Path log = home.resolve("data/log/karaf.log");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(this + ": Karaf exited with " + process.exitValue() + ", see " + home);
            }
            if (Files.exists(log) && log().contains("SBR started")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException(this + ": no Akka system within " + timeout + "; what it said about the cluster: "
            + clusterLines());
    }

    /**
     * The last lines of the member's log that tell why its datastore is not there: warnings, errors, and what Akka
     * and the split brain resolver said about membership, so that a failure on a machine whose files are gone
     * still says what happened.
     */
    private String clusterLines() {
        final List<String> lines;
        try {
            lines = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
        final List<String> picked = lines.stream()
            // a 401 floods the log with failed logins; what the user store and the account bootstrap did is kept
            .filter(line -> !line.contains("Authentication failed"))
            .filter(line -> line.contains("| WARN ") || line.contains("| ERROR") || line.contains("SplitBrain")
                || line.contains("RESTCONF accounts") || line.contains("RESTCONF user") || line.contains("Table AAA_")
                || line.contains("Created default domain") || line.contains("H2 IDMStore")
                || line.contains("CoordinatedShutdown") || line.contains("is JOINING") || line.contains("Welcome from")
                || line.contains("Datastore service type") || line.contains("Restarting karaf"))
            .map(line -> line.length() > 300 ? line.substring(0, 300) : line)
            .toList();
        // one line: the build's summary shows only the first line of a message
        return String.join(" // ", picked.subList(Math.max(0, picked.size() - 25), picked.size()));
    }

    /**
     * Kills the member's JVM (SIGKILL), as a crash does.
     *
     * @throws InterruptedException when interrupted
     */
    void kill() throws InterruptedException {
        LOG.info("Killing member-{} (SIGKILL)", member);
        ProcessTree.kill(process);
    }

    /**
     * Freezes the member (SIGSTOP), as a long pause or a hung host does: its sockets stay open, it answers nothing.
     *
     * @throws IOException when the signal cannot be sent
     * @throws InterruptedException when interrupted
     */
    void freeze() throws IOException, InterruptedException {
        LOG.info("Freezing member-{} (SIGSTOP)", member);
        ProcessTree.signal(process, "STOP");
    }

    /**
     * Wakes a frozen member (SIGCONT).
     *
     * @throws IOException when the signal cannot be sent
     * @throws InterruptedException when interrupted
     */
    void wake() throws IOException, InterruptedException {
        LOG.info("Waking member-{} (SIGCONT)", member);
        ProcessTree.signal(process, "CONT");
    }

    /**
     * What the member logged since it last started.
     *
     * @return its {@code data/log/karaf.log}
     * @throws IOException when it cannot be read
     */
    String log() throws IOException {
        return Files.readString(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
    }

    /**
     * Whether the member is the cluster's oldest, which hosts the Akka singleton that assigns the active
     * controller role: when it is lost, the role moves only once the cluster has downed and removed it, not as soon
     * as it is unreachable.
     *
     * @return true when its Akka singleton manager last reported itself the oldest member
     * @throws IOException when its log cannot be read
     */
    boolean oldestMember() throws IOException {
        final String log = log();
        final int last = log.lastIndexOf("ClusterSingletonManager state change [");
        if (last < 0) {
            return false;
        }
        final int end = log.indexOf('\n', last);
        return log.substring(last, end < 0 ? log.length() : end).stripTrailing().endsWith("-> Oldest]");
    }

    /**
     * Whether the member's Karaf runs.
     *
     * @return true while it does
     */
    boolean running() {
        return process != null && process.isAlive();
    }

    /**
     * Stops the member as {@code bin/stop} does (SIGTERM), and kills what still runs after 90 seconds.
     */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        LOG.info("Stopping member-{}", member);
        ProcessTree.stop(process, Duration.ofSeconds(90));
    }

    Restconf restconf() {
        return restconf;
    }

    String memberName() {
        return "member-" + member;
    }

    @Override
    public String toString() {
        return memberName() + " (" + address + ")";
    }
}
