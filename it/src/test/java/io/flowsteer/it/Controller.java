/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flowsteer Karaf distribution, unpacked by the build, booted as a child process with every listener on
 * 127.0.0.1 (RESTCONF through the operator's setting in {@code etc/custom.system.properties}, everything else by
 * the distribution's defaults), and stopped when the test run ends. The first boot starts from an empty
 * {@code data/} and datastore; {@link #restart} keeps both, as an operator's restart or a service manager's does.
 */
public final class Controller implements CloseableResource {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(6);
    private static final String RESTCONF_ADDRESS = "127.0.0.1";
    private static final int RESTCONF_PORT = 8181;
    private static final int SSH_PORT = 8101;
    private static final int AKKA_PORT = 2550;

    /**
     * How the running controller is stopped before a restart.
     */
    public enum Stop {
        /** SIGTERM to the whole process tree, as {@code bin/stop} or a service manager does. */
        GRACEFUL,
        /** SIGKILL to the JVM, as a crash or the kernel's OOM killer does. */
        KILL
    }

    private final Path home;
    private final Restconf restconf;
    private Process process;
    private int boots;
    private long launchedAt;

    private Controller(final Path home, final Process process, final long launchedAt, final Restconf restconf) {
        this.home = home;
        this.process = process;
        this.launchedAt = launchedAt;
        this.restconf = restconf;
    }

    static Controller boot() throws IOException, InterruptedException {
        final String homeProperty = requireNonNull(System.getProperty("flowsteer.karaf.home"),
            "system property flowsteer.karaf.home (set by it/pom.xml)");
        final Path home = Paths.get(homeProperty).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/karaf"))) {
            throw new IllegalStateException("No Karaf distribution at " + home + "; build karaf-distribution first");
        }
        requireFreePorts();
        deleteData(home);
        Files.deleteIfExists(home.resolve("karaf-it.out"));
        bindRestconfToLoopback(home);
        setFlowsteerLogLevel(home, System.getProperty("flowsteer.it.log", "INFO"));
        final long start = System.nanoTime();
        final Process process = launch(home);
        final Controller controller = new Controller(home, process, start, new Restconf(HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build(), "http://" + RESTCONF_ADDRESS + ":" + RESTCONF_PORT
            + "/rests", "admin", initialPassword(home, "restconf-admin", process)));
        try {
            controller.awaitRestconf();
            return controller;
        } catch (IllegalStateException | InterruptedException e) {
            // Nobody else will stop a controller that never came up: it would hold the ports for the next run.
            controller.close();
            throw e;
        }
    }

    /**
     * Stops the controller and starts it again with its {@code data/} and datastore kept, then waits until RESTCONF
     * answers for Flowsteer's models. The previous boot's log is kept as {@code karaf-boot-N.log}.
     *
     * @param how how the running controller is stopped
     * @return how long the new boot took from the start of the process until RESTCONF answered
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted
     */
    public Duration restart(final Stop how) throws IOException, InterruptedException {
        if (how == Stop.KILL) {
            LOG.info("Killing Karaf (SIGKILL)");
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        } else {
            close();
        }
        boots++;
        final Path log = home.resolve("data/log/karaf.log");
        if (Files.exists(log)) {
            Files.move(log, home.resolve("karaf-boot-" + boots + ".log"), StandardCopyOption.REPLACE_EXISTING);
        }
        awaitFreePorts();
        final long start = System.nanoTime();
        launchedAt = start;
        process = launch(home);
        awaitRestconf();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Stops the controller ({@code SIGTERM}) and starts it again on an empty {@code data/} and datastore, as on a
     * first start (the first passwords in {@code etc/initial-passwords} stay valid: AAA takes them again), then
     * waits until RESTCONF answers for Flowsteer's models.
     *
     * @return how long the new boot took from the start of the process until RESTCONF answered
     * @throws IOException when it cannot be started
     * @throws InterruptedException when interrupted
     */
    public Duration restartEmpty() throws IOException, InterruptedException {
        close();
        boots++;
        final Path log = home.resolve("data/log/karaf.log");
        if (Files.exists(log)) {
            Files.move(log, home.resolve("karaf-boot-" + boots + ".log"), StandardCopyOption.REPLACE_EXISTING);
        }
        awaitFreePorts();
        deleteData(home);
        final long start = System.nanoTime();
        launchedAt = start;
        process = launch(home);
        awaitRestconf();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * When the running controller's process was started.
     *
     * @return {@link System#nanoTime()} just before the start
     */
    public long launchedAt() {
        return launchedAt;
    }

    /**
     * The running controller's JVM, e.g. for {@code jcmd}.
     *
     * @return its process id
     */
    public long jvmPid() {
        return jvm().pid();
    }

    /**
     * CPU time the running controller's JVM has used so far, all its threads together.
     *
     * @return the time, zero where the operating system does not tell
     */
    public Duration cpu() {
        return ProcessCpu.of(jvm());
    }

    private ProcessHandle jvm() {
        // bin/karaf is a shell script that may or may not exec the JVM: the listener is whichever is java
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
            .filter(handle -> handle.info().command().map(command -> command.endsWith("/java")).orElse(false))
            .findFirst().orElseThrow(() -> new IllegalStateException("No Karaf JVM under process " + process.pid()));
    }

    private static void deleteData(final Path home) throws IOException {
        deleteRecursively(home.resolve("data"));
        // The datastore persists in the distribution's root, not under data/: every run starts from an empty one.
        deleteRecursively(home.resolve("segmented-journal"));
        deleteRecursively(home.resolve("snapshots"));
        deleteRecursively(home.resolve("journal"));
    }

    private static Process launch(final Path home) throws IOException {
        final ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf-it.out").toFile()));
        LOG.info("Booting {}", home);
        return builder.start();
    }

    /**
     * A first password the distribution generated on its first start ({@code bin/flowsteer-first-start}), as an
     * operator reads it from {@code etc/initial-passwords/}.
     *
     * @param home the distribution
     * @param name the file's name
     * @param process the booting controller, which writes the file before Karaf starts
     * @return the password
     * @throws IOException when it does not appear
     * @throws InterruptedException when interrupted
     */
    static String initialPassword(final Path home, final String name, final Process process)
            throws IOException, InterruptedException {
        final Path file = home.resolve("etc/initial-passwords").resolve(name);
        final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.isRegularFile(file) || Files.size(file) == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("the first start wrote no " + file + "; see " + home.resolve("karaf-it.out"));
            }
            Thread.sleep(100);
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /**
     * The running controller's log.
     *
     * @return {@code data/log/karaf.log}
     */
    public Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /**
     * What the running controller logs from now on, in its log file or, should logging fall back to the console, in
     * the captured console output.
     *
     * @return the tail from here
     * @throws IOException when the log cannot be read
     */
    public LogTail logTail() throws IOException {
        return LogTail.from(log(), home.resolve("karaf-it.out"));
    }

    Restconf restconf() {
        return restconf;
    }

    KarafConsole console() {
        try {
            return new KarafConsole(home, initialPassword(home, "console-karaf", process));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The distribution's home.
     *
     * @return where it is unpacked
     */
    public Path home() {
        return home;
    }

    /**
     * The address RESTCONF is configured to listen on.
     *
     * @return 127.0.0.1:8181
     */
    InetSocketAddress restconfAddress() {
        return new InetSocketAddress(RESTCONF_ADDRESS, RESTCONF_PORT);
    }

    /**
     * The TCP addresses the controller's JVM listens on now.
     *
     * @return what {@code ss -ltnp} shows for the Karaf JVM
     * @throws IOException if {@code /proc} cannot be read
     */
    List<InetSocketAddress> listeningSockets() throws IOException {
        return ListeningSockets.of(jvm().pid());
    }

    /**
     * Waits until RESTCONF answers for Flowsteer's models. A boot that keeps answering 401 is a failed start: the
     * start-up watchdog logs its cause in {@code data/log/karaf.log}, and the error says where to look.
     */
    private void awaitRestconf() throws InterruptedException {
        final long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        int last = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see "
                    + home.resolve("karaf-it.out") + " and " + home.resolve("data/log/karaf.log"));
            }
            try {
                last = restconf.get("/data/flowsteer-flowspec:flowspec?content=config").status();
                // 200 (rules exist) or 409 data-missing: the models are loaded and RESTCONF answers for them.
                if (last == 200 || last == 409) {
                    LOG.info("RESTCONF is up");
                    requireLogging();
                    return;
                }
            } catch (IOException e) {
                LOG.debug("RESTCONF not up yet: {}", e.getMessage());
            }
            // often enough for the boot figures in docs/performance.md to be right within a tenth of a second
            Thread.sleep(100);
        }
        throw new IllegalStateException("RESTCONF did not come up within " + BOOT_TIMEOUT + " (last answer " + last
            + "); see the 'Start-up failed' lines in " + home.resolve("data/log/karaf.log"));
    }

    /**
     * A controller whose RESTCONF answers has logged its start in {@code data/log/karaf.log}. When the file holds
     * nothing but the line saying the logging configuration was applied, the configuration was lost after that
     * (Karaf's write-back of {@code etc/*.cfg} racing with its own watcher did that before the distribution turned
     * the write-back off), and every check that reads the log would wait in vain: fail here, saying so.
     */
    private void requireLogging() {
        final Path log = log();
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            if (lines.anyMatch(line -> line.contains(" | INFO  | ")
                    && !line.contains("Logging configuration changed"))) {
                return;
            }
            final Path loggingCfg = home.resolve("etc/org.ops4j.pax.logging.cfg");
            throw new IllegalStateException("RESTCONF answers but the controller logged nothing to " + log
                + " after applying its logging configuration; " + loggingCfg + " now holds "
                + Files.size(loggingCfg) + " bytes");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log, e);
        }
    }

    /**
     * Stops Karaf. {@code bin/karaf} is a shell script whose Java child would outlive it, so the whole process
     * tree is asked to stop, and what has not stopped after 90 seconds is killed.
     */
    @Override
    public void close() throws InterruptedException {
        LOG.info("Stopping Karaf");
        ProcessTree.stop(process, Duration.ofSeconds(90));
    }

    /**
     * RESTCONF listens on loopback only, like every test server, set where an operator sets it. Everything else the
     * distribution opens listens on loopback by default, which {@code ListeningAddressesIT} checks.
     */
    private static void bindRestconfToLoopback(final Path home) throws IOException {
        final Path properties = home.resolve("etc/custom.system.properties");
        final String setting = "(?m)^flowsteer\\.restconf\\.address\\s*=.*$";
        final String text = Files.readString(properties, StandardCharsets.UTF_8);
        if (!Pattern.compile(setting).matcher(text).find()) {
            throw new IllegalStateException(properties + " does not set flowsteer.restconf.address");
        }
        Files.writeString(properties, text.replaceAll(setting, "flowsteer.restconf.address = " + RESTCONF_ADDRESS),
            StandardCharsets.UTF_8);
    }

    /**
     * Sets the level of Flowsteer's own loggers in {@code data/log/karaf.log}: the ITs log at DEBUG, so that a failed
     * CI run shows every pass of the engine and every Adj-RIB-Out it handed the speaker.
     */
    private static void setFlowsteerLogLevel(final Path home, final String level) throws IOException {
        final Path loggingCfg = home.resolve("etc/org.ops4j.pax.logging.cfg");
        final String logging = Files.readString(loggingCfg, StandardCharsets.UTF_8);
        final String marker = "log4j2.logger.flowsteer.";
        final StringBuilder kept = new StringBuilder(logging.length() + 100);
        logging.lines().filter(line -> !line.startsWith(marker)).forEach(line -> kept.append(line).append('\n'));
        kept.append(marker).append("name = io.flowsteer\n").append(marker).append("level = ").append(level)
            .append('\n');
        Files.writeString(loggingCfg, kept, StandardCharsets.UTF_8);
    }

    /**
     * Refuses to boot when another controller already holds the ports: the tests would otherwise talk to it.
     */
    private static void requireFreePorts() {
        final int busy = busyPort();
        if (busy != 0) {
            throw new IllegalStateException("Port " + busy + " on 127.0.0.1 is in use: is another Flowsteer or"
                + " OpenDaylight controller running? Stop it before running the integration tests.");
        }
    }

    /**
     * Waits until the stopped controller's ports are free again.
     */
    private static void awaitFreePorts() throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (busyPort() != 0) {
            if (System.nanoTime() > deadline) {
                requireFreePorts();
            }
            Thread.sleep(200);
        }
    }

    /**
     * The first of the controller's ports that cannot be bound on 127.0.0.1, or 0 when all are free.
     */
    private static int busyPort() {
        for (int port : new int[] { RESTCONF_PORT, SSH_PORT, AKKA_PORT }) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            } catch (IOException e) {
                return port;
            }
        }
        return 0;
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
