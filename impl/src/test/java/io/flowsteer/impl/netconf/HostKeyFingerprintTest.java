/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.flowsteer.api.spi.netconf.HostKeyCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendaylight.netconf.shaded.sshd.common.SshException;
import org.opendaylight.netconf.shaded.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * The host key fingerprint is OpenSSH's ({@code ssh-keygen -lf}): SHA-256 over the key's SSH wire encoding
 * (RFC 4253 section 6.6), base64 without padding, prefixed {@code SHA256:}.
 */
class HostKeyFingerprintTest {
    /**
     * Keys made once with {@code ssh-keygen -t <type> -f k}; the expected value is what {@code ssh-keygen -lf k.pub}
     * printed for each. The test decodes the blob into a Java key and fingerprints the key, so it checks that the
     * key is re-encoded exactly as OpenSSH encodes it.
     */
    @ParameterizedTest
    @CsvSource({
        "AAAAC3NzaC1lZDI1NTE5AAAAIMYbgOzVcwgbYMioJEGVXAa00IsBmK7jY9ye4rQ5M083,"
            + "SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM",
        "AAAAB3NzaC1yc2EAAAADAQABAAABAQDCGC+opPFO8ocH2p1CuZx3znoKGZ75ELGYNC0LyEXRWIeslzZ1DquBdq4sToFhkHv2"
            + "VD7F+VI4K7lp2pvlFnxEqlFEtB1k/0VnhbLkq6xU7T5w/lQ4iyWmoD0PCsO8fFnWbjkwz/veueh3RSEhSI/O0BGafqOAnXUH"
            + "TJiV/dK+VUBQAqIrSfO5MuXORgtT7byaS3dSa1j9iE3CMxfEIbcL5PyMnfaKCZ3bgj+hKCMY+NfCUmC7FKTvQCKBiCU5VhBz"
            + "GhBS5GVg1b7WOF1tyWzeluqAJcys/GOtHm0BNfg7odtqSSSNWOmbiU6Bj0ZPFlFXK0nig2O6bXfSGczk9FuV"
            + ",SHA256:f2OS+hCrPN8Q8fGlSBrqIrcgNhzBpSlBuHavzMZFYV0",
        "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPhVRHMIXBORR/UHmiVWMjXRM3iY8wmNd4MQadZfVXWX8EGdI41QM4k0t"
            + "JGw/ouAlAKeZqoadWtGguGc3t3hJrk=,SHA256:aj6zkrp3ik+DY7JNm6e6e1tL9Ult66ouX1OnoaVR6bE"
    })
    void fixedKeysHaveTheFingerprintSshKeygenPrinted(final String blob, final String expected) throws SshException {
        assertEquals(expected, HostKeyFingerprint.sha256(key(blob)));
    }

    @Test
    void fingerprintOfABlobIsTheUnpaddedBase64OfItsSha256() {
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad (FIPS 180-2
        // appendix B.1), which is "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=" in base64; the "=" is dropped.
        assertEquals("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0",
            HostKeyFingerprint.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ed25519", "rsa", "ecdsa" })
    void freshKeysHaveTheFingerprintSshKeygenPrints(final String type, @TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("key");
        assumeTrue(run(dir, "ssh-keygen", "-q", "-t", type, "-N", "", "-C", "test", "-f", file.toString()) != null,
            "ssh-keygen is not installed");
        final String line = Files.readString(dir.resolve("key.pub"), StandardCharsets.US_ASCII).trim();
        final String printed = run(dir, "ssh-keygen", "-lf", dir.resolve("key.pub").toString());
        // "<bits> SHA256:<base64> <comment> (<TYPE>)"
        final String expected = printed.split(" ")[1];
        assertTrue(expected.startsWith("SHA256:"), printed);
        assertEquals(expected, HostKeyFingerprint.sha256(key(line.split(" ")[1])));
    }

    @Test
    void verifierAcceptsAnyKeyWithoutAPinAndRecordsIt() throws SshException {
        final PublicKey key = key("AAAAC3NzaC1lZDI1NTE5AAAAIMYbgOzVcwgbYMioJEGVXAa00IsBmK7jY9ye4rQ5M083");
        final HostKeyVerifier verifier = new HostKeyVerifier(null);
        assertNull(verifier.check());
        assertTrue(verifier.verifyServerKey(null, null, key));
        assertEquals("SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM", verifier.presented());
        assertEquals(HostKeyCheck.NOT_PINNED, verifier.check());
    }

    @Test
    void verifierAcceptsOnlyThePinnedKey() throws SshException {
        final PublicKey key = key("AAAAC3NzaC1lZDI1NTE5AAAAIMYbgOzVcwgbYMioJEGVXAa00IsBmK7jY9ye4rQ5M083");
        final HostKeyVerifier matching = new HostKeyVerifier("SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM");
        assertTrue(matching.verifyServerKey(null, null, key));
        assertEquals(HostKeyCheck.MATCHED, matching.check());

        final HostKeyVerifier other = new HostKeyVerifier("SHA256:f2OS+hCrPN8Q8fGlSBrqIrcgNhzBpSlBuHavzMZFYV0");
        assertFalse(other.verifyServerKey(null, null, key));
        assertEquals(HostKeyCheck.MISMATCHED, other.check());
        assertEquals("SHA256:mRUkaTHWocfvgauEjRPNMPr2c+WsdOkkH4U1qn3gndM", other.presented());
    }

    private static PublicKey key(final String base64Blob) throws SshException {
        return new ByteArrayBuffer(Base64.getDecoder().decode(base64Blob)).getRawPublicKey();
    }

    private static String run(final Path dir, final String... command) throws IOException, InterruptedException {
        final Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "ssh-keygen finished");
        assertEquals(0, process.exitValue(), out);
        return out.trim();
    }
}
