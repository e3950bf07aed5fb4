/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The password the RESTCONF {@code admin} account gets on a first start: the one the operator gave in the
 * environment variable {@value #VARIABLE}, else the one generated earlier and kept in a file only this system user
 * can read, else a new one, generated and written to that file.
 *
 * @param value the password
 * @param source where it comes from, in the operator's words
 */
record InitialPassword(String value, String source) {
    /** The environment variable an operator sets the first admin password with. */
    static final String VARIABLE = "FLOWSTEER_ADMIN_PASSWORD";

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 24;

    /**
     * The password to give the admin account.
     *
     * @param environment the process environment
     * @param file the file that keeps a generated password
     * @param random the source of a new password
     * @return the password and its source
     * @throws IOException when the file cannot be read or written
     */
    static InitialPassword resolve(final Map<String, String> environment, final Path file, final SecureRandom random)
            throws IOException {
        final @Nullable String given = environment.get(VARIABLE);
        if (given != null && !given.isBlank()) {
            return new InitialPassword(given, "the environment variable " + VARIABLE);
        }
        if (Files.isRegularFile(file)) {
            final String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.isEmpty()) {
                return new InitialPassword(kept, "the file " + file);
            }
        }
        final StringBuilder generated = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
        return new InitialPassword(generated.toString(), "the file " + file + " (generated; readable by this system "
            + "user only)");
    }

    @Override
    public String toString() {
        // the value is a secret: never in a log line, not even by accident
        return "InitialPassword[source=" + source + "]";
    }
}
