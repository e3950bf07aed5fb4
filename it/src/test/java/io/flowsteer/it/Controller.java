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
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Flowsteer Karaf distribution, unpacked by the build, booted as a child process with every listener on
 * 127.0.0.1, and stopped when the test run ends.
 */
final class Controller implements CloseableResource {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(6);
    private static final Duration AAA_STUCK = Duration.ofSeconds(120);
    private static final int MAX_BOOTS = 2;
    private static final int RESTCONF_PORT = 8181;
    private static final int SSH_PORT = 8101;
    private static final int AKKA_PORT = 2550;

    private final Path home;
    private final Process process;
    private final Restconf restconf;

    private Controller(final Path home, final Process process, final Restconf restconf) {
        this.home = home;
        this.process = process;
        this.restconf = restconf;
    }

    static Controller boot() throws IOException, InterruptedException {
        final String homeProperty = requireNonNull(System.getProperty("flowsteer.karaf.home"),
            "system property flowsteer.karaf.home (set by it/pom.xml)");
        final Path home = Paths.get(homeProperty).toAbsolutePath();
        final Path karaf = home.resolve("bin/karaf");
        if (!Files.isExecutable(karaf)) {
            throw new IllegalStateException("No Karaf distribution at " + home + "; build karaf-distribution first");
        }
        for (int attempt = 1; ; attempt++) {
            final Controller controller = start(home, karaf);
            try {
                controller.awaitRestconf();
                return controller;
            } catch (StuckAaa e) {
                controller.close();
                final Path kept = home.resolve("karaf-stuck-boot-" + attempt + ".log");
                Files.copy(home.resolve("data/log/karaf.log"), kept, StandardCopyOption.REPLACE_EXISTING);
                if (attempt == MAX_BOOTS) {
                    throw new IllegalStateException(e.getMessage() + "; gave up after " + attempt + " boots", e);
                }
                LOG.warn("{}; its log is kept as {}; booting again", e.getMessage(), kept);
            } catch (IllegalStateException | InterruptedException e) {
                // Nobody else will stop a controller that never came up: it would hold the ports for the next run.
                controller.close();
                throw e;
            }
        }
    }

    private static Controller start(final Path home, final Path karaf) throws IOException {
        requireFreePorts();
        deleteRecursively(home.resolve("data"));
        // The datastore persists in the distribution's root, not under data/: every run starts from an empty one.
        deleteRecursively(home.resolve("segmented-journal"));
        deleteRecursively(home.resolve("snapshots"));
        deleteRecursively(home.resolve("journal"));
        bindSshToLoopback(home);
        setFlowsteerLogLevel(home, System.getProperty("flowsteer.it.log", "INFO"));

        final ProcessBuilder builder = new ProcessBuilder(karaf.toString(), "server")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("karaf-it.out").toFile());
        // jetty.xml binds its connector to jetty.host; pax-web must listen on the same address, or its own default
        // connector on 0.0.0.0:8181 fails to bind and the web server (and RESTCONF) never starts.
        builder.environment().put("EXTRA_JAVA_OPTS",
            "-Djetty.host=127.0.0.1 -Dorg.ops4j.pax.web.listening.addresses=127.0.0.1");
        LOG.info("Booting {}", home);
        final Process process = builder.start();
        final Restconf restconf = new Restconf(HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build(), "http://127.0.0.1:" + RESTCONF_PORT + "/rests");
        return new Controller(home, process, restconf);
    }

    Restconf restconf() {
        return restconf;
    }

    KarafConsole console() {
        return new KarafConsole(home);
    }

    /**
     * Waits until RESTCONF answers for Flowsteer's models.
     *
     * @throws StuckAaa when RESTCONF keeps refusing the credentials: AAA 0.19.5's password service can miss the first
     *     notification of its configuration (OSGiPasswordServiceConfigBootstrap's listener may be called before its
     *     registration is stored, and then ignores it), after which shiro never starts and every request gets 401
     */
    private void awaitRestconf() throws InterruptedException, StuckAaa {
        final long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        long refusedSince = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + ", see "
                    + home.resolve("karaf-it.out") + " and " + home.resolve("data/log/karaf.log"));
            }
            try {
                final int status = restconf.get("/data/flowsteer-flowspec:flowspec?content=config").status();
                // 200 (rules exist) or 409 data-missing: the models are loaded and RESTCONF answers for them.
                if (status == 200 || status == 409) {
                    LOG.info("RESTCONF is up");
                    return;
                }
                if (status != 401) {
                    refusedSince = 0;
                } else if (refusedSince == 0) {
                    refusedSince = System.nanoTime();
                } else if (System.nanoTime() - refusedSince > AAA_STUCK.toNanos()) {
                    throw new StuckAaa("RESTCONF answered 401 for " + AAA_STUCK + ": AAA never came up");
                }
            } catch (IOException e) {
                LOG.debug("RESTCONF not up yet: {}", e.getMessage());
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("RESTCONF did not come up within " + BOOT_TIMEOUT);
    }

    /**
     * Stops Karaf. {@code bin/karaf} is a shell script whose Java child would outlive it, so the whole process
     * tree is asked to stop, and what has not stopped after 90 seconds is killed.
     */
    @Override
    public void close() throws InterruptedException {
        LOG.info("Stopping Karaf");
        final List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
            .toList();
        tree.forEach(ProcessHandle::destroy);
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (ProcessHandle handle : tree) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (handle.isAlive()) {
                LOG.warn("Killing process {} that did not stop", handle.pid());
                handle.destroyForcibly();
            }
        }
    }

    /**
     * The Karaf SSH console listens on loopback only, like every test server (Jetty is bound on the command line).
     */
    private static void bindSshToLoopback(final Path home) throws IOException {
        final Path shellCfg = home.resolve("etc/org.apache.karaf.shell.cfg");
        final String shell = Files.readString(shellCfg, StandardCharsets.UTF_8);
        Files.writeString(shellCfg, shell.replace("sshHost = 0.0.0.0", "sshHost = 127.0.0.1"),
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
        for (int port : new int[] { RESTCONF_PORT, SSH_PORT, AKKA_PORT }) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use: is another Flowsteer or"
                    + " OpenDaylight controller running? Stop it before running the integration tests.", e);
            }
        }
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

    /**
     * A boot whose AAA never came up: stopping it and booting again gets a working controller.
     */
    private static final class StuckAaa extends Exception {
        private static final long serialVersionUID = 1L;

        StuckAaa(final String message) {
            super(message);
        }
    }
}
