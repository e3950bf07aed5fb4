/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialPasswordTest {
    @TempDir
    Path etc;

    private Path file() {
        return etc.resolve("initial-passwords/restconf-admin");
    }

    @Test
    void theOperatorsPasswordFromTheEnvironmentComesFirstAndIsNotWrittenAnywhere() throws Exception {
        final InitialPassword password = InitialPassword.resolve(Map.of(InitialPassword.VARIABLE, "s3cret-given"),
            file(), new SecureRandom());
        assertEquals("s3cret-given", password.value());
        assertTrue(password.source().contains(InitialPassword.VARIABLE));
        assertFalse(Files.exists(file()));
    }

    @Test
    void aGeneratedPasswordIsKeptInAFileOnlyItsOwnerReadsAndReusedAfterwards() throws Exception {
        final InitialPassword generated = InitialPassword.resolve(Map.of(), file(), new SecureRandom());
        assertTrue(generated.value().matches("[a-zA-Z2-9]{24}"), generated.value());
        assertEquals(generated.value(), Files.readString(file()).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        assertEquals(generated.value(), InitialPassword.resolve(Map.of(), file(), new SecureRandom()).value());
        assertFalse(generated.toString().contains(generated.value()), "never printed: " + generated);
    }

    @Test
    void anEmptyFileGetsANewPassword() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "\n");
        final InitialPassword generated = InitialPassword.resolve(Map.of(InitialPassword.VARIABLE, " "), file(),
            new SecureRandom());
        assertEquals(24, generated.value().length());
        assertEquals(generated.value(), Files.readString(file()).strip());
    }
}
