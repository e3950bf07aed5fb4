/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.testing;

import io.flowsteer.api.secret.SealedSecret;
import io.flowsteer.impl.config.SecretOpener;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Secret;

/**
 * Secrets sealed as RESTCONF's front door seals them, with a test key and the cipher AAA's encryption service uses
 * (AES-CBC with a fixed initialisation vector).
 */
public final class TestSecrets {
    private static final SecretKeySpec KEY = new SecretKeySpec("flowsteer tests!".getBytes(StandardCharsets.US_ASCII),
        "AES");

    private TestSecrets() {
        // static helpers only
    }

    private static byte[] aes(final int mode, final byte[] input) throws GeneralSecurityException {
        final Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, KEY, new IvParameterSpec(new byte[16]));
        return cipher.doFinal(input);
    }

    /**
     * The opener of secrets sealed by {@link #seal(String)}.
     *
     * @return the opener
     */
    public static SecretOpener opener() {
        return new SecretOpener(input -> aes(Cipher.DECRYPT_MODE, input));
    }

    /**
     * A secret as the datastore holds it.
     *
     * @param secret the secret in clear
     * @return the sealed value
     */
    public static Secret seal(final String secret) {
        try {
            return new Secret(SealedSecret.seal(secret, input -> aes(Cipher.ENCRYPT_MODE, input), new SecureRandom()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
