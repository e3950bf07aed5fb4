/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sealing with a real AES-CBC cipher whose initialisation vector is fixed, as AAA's encryption service uses.
 */
class SealedSecretTest {
    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[16], "AES");
    private static final SecretKeySpec OTHER_KEY = new SecretKeySpec("another 16 bytes".getBytes(
        StandardCharsets.US_ASCII), "AES");
    private static final IvParameterSpec IV = new IvParameterSpec(new byte[16]);
    private final SecureRandom random = new SecureRandom();

    private static byte[] aes(final int mode, final SecretKeySpec key, final byte[] input)
            throws GeneralSecurityException {
        final Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, key, IV);
        return cipher.doFinal(input);
    }

    private String seal(final String secret) throws GeneralSecurityException {
        return SealedSecret.seal(secret, input -> aes(Cipher.ENCRYPT_MODE, KEY, input), random);
    }

    private static String open(final String sealed) throws GeneralSecurityException {
        return SealedSecret.open(sealed, input -> aes(Cipher.DECRYPT_MODE, KEY, input));
    }

    @Test
    void aSealedSecretOpensToItself() throws GeneralSecurityException {
        for (String secret : new String[] {"s", "admin", "ключ with spaces and $ and \"quotes\"", "x".repeat(16384)}) {
            final String sealed = seal(secret);
            assertTrue(SealedSecret.isSealed(sealed), sealed);
            assertFalse(secret.length() > 3 && sealed.contains(secret), "the secret does not show through");
            assertEquals(secret, open(sealed));
        }
    }

    @Test
    void twoSealsOfOneSecretDifferDespiteTheFixedIv() throws GeneralSecurityException {
        assertNotEquals(seal("admin"), seal("admin"));
    }

    @Test
    void onlyTheSealedFormIsSealed() {
        assertFalse(SealedSecret.isSealed("admin"));
        assertFalse(SealedSecret.isSealed(SealedSecret.PREFIX));
        assertFalse(SealedSecret.isSealed(SealedSecret.PREFIX + "abc="));
        assertFalse(SealedSecret.isSealed(SealedSecret.MASK));
        assertTrue(SealedSecret.isSealed(SealedSecret.PREFIX + "aZ09-_"));
    }

    @Test
    void aValueThatIsNotSealedOrSealedWithAnotherKeyDoesNotOpen() throws GeneralSecurityException {
        assertThrows(GeneralSecurityException.class, () -> open("admin"));
        final String sealed = seal("admin");
        final GeneralSecurityException other = assertThrows(GeneralSecurityException.class,
            () -> SealedSecret.open(sealed, input -> aes(Cipher.DECRYPT_MODE, OTHER_KEY, input)));
        assertFalse(String.valueOf(other.getMessage()).contains("admin"));
    }
}
