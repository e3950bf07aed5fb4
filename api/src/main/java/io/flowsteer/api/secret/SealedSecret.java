/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.secret;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.eclipse.jdt.annotation.NonNull;

/**
 * How Flowsteer stores a secret (a router's NETCONF password or private key, a BGP session's TCP-MD5 key): sealed
 * with the controller's key before it reaches the datastore, and opened only where it is used.
 *
 * <p>A sealed value is {@value #PREFIX} followed by the unpadded base64url (RFC 4648 section 5) of the ciphertext of
 * 16 random octets followed by the secret in UTF-8. The random octets make two seals of the same secret differ, even
 * under a cipher whose initialisation vector is fixed, so equal secrets cannot be told apart by their sealed values.
 * The alphabet of a sealed value is that of {@link #PREFIX} and base64url, which neither JSON nor XML escapes, so a
 * reply can be masked as it streams ({@link #MASK}).
 */
public final class SealedSecret {
    /**
     * A cipher step, such as the controller's encryption or decryption.
     */
    @FunctionalInterface
    public interface Cipher {
        /**
         * Encrypts or decrypts.
         *
         * @param input the octets in
         * @return the octets out
         * @throws GeneralSecurityException when the cipher cannot
         */
        byte @NonNull [] apply(byte @NonNull [] input) throws GeneralSecurityException;
    }

    /** What every sealed value starts with; the {@code 1} names this format. */
    public static final String PREFIX = "$flowsteer-sealed$1$";

    /** What reads show in place of a secret. */
    public static final String MASK = "********";

    private static final int NONCE_LENGTH = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SealedSecret() {
        // static conversions only
    }

    /**
     * Seals a secret.
     *
     * @param secret the secret as written
     * @param encrypt the controller's encryption
     * @param random where the nonce comes from
     * @return the sealed value
     * @throws GeneralSecurityException when the cipher fails
     */
    public static @NonNull String seal(final @NonNull String secret, final @NonNull Cipher encrypt,
            final @NonNull SecureRandom random) throws GeneralSecurityException {
        final byte[] text = secret.getBytes(StandardCharsets.UTF_8);
        final byte[] input = new byte[NONCE_LENGTH + text.length];
        final byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        System.arraycopy(nonce, 0, input, 0, NONCE_LENGTH);
        System.arraycopy(text, 0, input, NONCE_LENGTH, text.length);
        try {
            return PREFIX + ENCODER.encodeToString(encrypt.apply(input));
        } finally {
            Arrays.fill(input, (byte) 0);
            Arrays.fill(text, (byte) 0);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @param sealed the value as stored
     * @param decrypt the controller's decryption
     * @return the secret
     * @throws GeneralSecurityException when the value is not sealed, or not with this controller's key
     */
    public static @NonNull String open(final @NonNull String sealed, final @NonNull Cipher decrypt)
            throws GeneralSecurityException {
        if (!isSealed(sealed)) {
            throw new GeneralSecurityException("the value is not sealed");
        }
        final byte[] ciphertext;
        try {
            ciphertext = DECODER.decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the sealed value is damaged", e);
        }
        final byte[] plain = requireNonNull(decrypt.apply(ciphertext));
        if (plain.length < NONCE_LENGTH) {
            throw new GeneralSecurityException("the sealed value is damaged");
        }
        try {
            return new String(plain, NONCE_LENGTH, plain.length - NONCE_LENGTH, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * Whether a stored value is in the sealed form (not whether it opens).
     *
     * @param value the value
     * @return whether it starts with {@link #PREFIX} and continues in base64url only
     */
    public static boolean isSealed(final @NonNull String value) {
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            return false;
        }
        for (int i = PREFIX.length(); i < value.length(); i++) {
            if (!isBase64Url(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a character belongs to the base64url alphabet (RFC 4648 section 5), without padding.
     *
     * @param ch the character
     * @return whether it does
     */
    public static boolean isBase64Url(final int ch) {
        return ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_';
    }
}
