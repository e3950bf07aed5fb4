/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import io.flowsteer.it.ProcessCpu;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * ODL's netconf-testtool (Maven Central, executable jar) simulating NETCONF routers that implement
 * {@code flowsteer-router}: {@code --md-sal true} gives each a real datastore that validates edits against the
 * YANG model. One process serves {@code count} routers on consecutive ports.
 */
final class Testtool implements CloseableResource {
    static final String USER = "admin";
    static final String PASSWORD = "admin";
    private static final List<String> MODULES = List.of("flowsteer-router@2026-11-25.yang",
        "ietf-inet-types@2013-07-15.yang");

    private final int firstPort;
    private final int count;
    private final Path workDir;
    private Process process;

    private Testtool(final int firstPort, final int count, final Path workDir) {
        this.firstPort = firstPort;
        this.count = count;
        this.workDir = workDir;
    }

    /**
     * Starts routers on ports {@code firstPort .. firstPort + count - 1} and waits until all accept connections.
     */
    static Testtool start(final int firstPort, final int count) throws IOException, InterruptedException {
        return start(firstPort, count, List.of());
    }

    /**
     * Starts routers that also expose the YANG modules at {@code extraModules} (test classpath resources, for
     * example {@code /ietf-sr-policy/ietf-sr-policy@2026-07-06.yang}).
     */
    static Testtool start(final int firstPort, final int count, final List<String> extraModules)
            throws IOException, InterruptedException {
        final Path workDir = Files.createTempDirectory("netconf-testtool");
        final Path schemas = Files.createDirectories(workDir.resolve("schemas"));
        final List<String> resources = new ArrayList<>();
        MODULES.forEach(module -> resources.add("/META-INF/yang/" + module));
        resources.addAll(extraModules);
        for (String resource : resources) {
            try (InputStream in = Testtool.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is not on the test classpath");
                }
                Files.copy(in, schemas.resolve(resource.substring(resource.lastIndexOf('/') + 1)));
            }
        }
        final Testtool tool = new Testtool(firstPort, count, workDir);
        tool.launch();
        return tool;
    }

    int port(final int index) {
        return firstPort + index;
    }

    /**
     * What the process printed since it was (last) launched: its log lines, among them how each SSH client logged in
     * ({@code Auth with public key: <key>} or {@code Auth with username and password: <user>}).
     */
    String output() throws IOException {
        return Files.readString(workDir.resolve("testtool-" + firstPort + ".log"), StandardCharsets.UTF_8);
    }

    /** Stops the process, as a router crash or power-off would. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the process again on the same ports, with empty datastores (a rebooted router). */
    void launch() throws IOException, InterruptedException {
        final String jar = System.getProperty("flowsteer.netconf.testtool", "target/netconf-testtool.jar");
        final Path log = workDir.resolve("testtool-" + firstPort + ".log");
        final String heap = System.getProperty("flowsteer.netconf.testtool.heap", "512m");
        final List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        // e.g. -XX:StartFlightRecording=filename=/tmp/testtool.jfr to profile the routers' side of a benchmark
        final String jvmArgs = System.getProperty("flowsteer.netconf.testtool.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        command.addAll(List.of("-jar", Paths.get(jar).toAbsolutePath().toString(),
            "--schemas-dir", workDir.resolve("schemas").toString(), "--md-sal", "true",
            "--device-count", Integer.toString(count), "--starting-port", Integer.toString(firstPort),
            "--ip", "127.0.0.1"));
        process = new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        final Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("netconf-testtool exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains("All simulated devices started")
                    && listening(port(count - 1))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException("netconf-testtool did not start within 120 s, see " + log);
    }

    private static boolean listening(final int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * CPU time the testtool process has used so far, all its threads together.
     */
    Duration cpu() {
        return ProcessCpu.of(process.toHandle());
    }

    /** Stops the process as an orderly shutdown would (a flight recording given in its JVM options is written). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
