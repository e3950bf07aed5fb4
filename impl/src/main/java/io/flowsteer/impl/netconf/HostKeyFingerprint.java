/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.netconf.shaded.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * OpenSSH's SHA-256 fingerprint of an SSH public key: {@code SHA256:} followed by the base64 (without padding) of
 * the SHA-256 digest of the key's public key blob, its SSH wire encoding (RFC 4253 section 6.6, the blob of an
 * RFC 4716 public key file), as {@code ssh-keygen -lf} prints it.
 */
public final class HostKeyFingerprint {
    private static final String PREFIX = "SHA256:";

    private HostKeyFingerprint() {
        // static methods only
    }

    /**
     * The fingerprint of a public key.
     *
     * @param key an RSA, ECDSA or Ed25519 public key
     * @return {@code SHA256:<base64 without padding>}
     * @throws IllegalArgumentException when the key type has no SSH encoding
     */
    public static @NonNull String sha256(final @NonNull PublicKey key) {
        final ByteArrayBuffer blob = new ByteArrayBuffer();
        try {
            blob.putRawPublicKey(key);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException("no SSH encoding for a " + key.getAlgorithm() + " key", e);
        }
        return sha256(blob.getCompactData());
    }

    /**
     * The fingerprint of a public key blob.
     *
     * @param blob the key's SSH wire encoding (RFC 4253 section 6.6)
     * @return {@code SHA256:<base64 without padding>}
     */
    public static @NonNull String sha256(final byte @NonNull [] blob) {
        final MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        return PREFIX + Base64.getEncoder().withoutPadding().encodeToString(digest.digest(blob));
    }
}
