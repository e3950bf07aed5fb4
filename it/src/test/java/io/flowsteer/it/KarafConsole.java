/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The booted controller's Karaf console, reached as an operator reaches it: {@code bin/client} over SSH to
 * 127.0.0.1:8101 with the console account and the first password the distribution generated for it.
 */
public final class KarafConsole {
    private final Path home;
    private final String password;

    KarafConsole(final Path home, final String password) {
        this.home = home;
        this.password = password;
    }

    /**
     * Runs one console command.
     *
     * @param command the command line, e.g. {@code flowsteer:rules}
     * @return what the console printed
     * @throws IOException if the client cannot be run
     * @throws InterruptedException if interrupted
     */
    public String run(final String command) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
            "-u", "karaf", "-p", password, "-r", "10", "-d", "2", command)
            .directory(home.toFile()).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("bin/client did not finish: " + output);
        }
        if (process.exitValue() != 0) {
            throw new IOException("bin/client exited with " + process.exitValue() + ": " + output);
        }
        return output;
    }
}
