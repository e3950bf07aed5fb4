/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The shared secret of a BGP session's TCP MD5 signatures (RFC 2385 section 2: the key both ends configure). An
 * immutable value; it never shows the key in its text, so a peer configuration can be logged.
 *
 * @param key the key; 1 to 80 octets in UTF-8, the most Linux accepts (TCP_MD5SIG_MAXKEYLEN)
 */
public record TcpMd5Key(@NonNull String key) {
    /** The longest key Linux accepts, in octets (TCP_MD5SIG_MAXKEYLEN). */
    public static final int MAX_LENGTH = 80;

    /**
     * Checks the length.
     *
     * @param key the key
     */
    public TcpMd5Key {
        requireNonNull(key);
        final int length = key.getBytes(StandardCharsets.UTF_8).length;
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a TCP-MD5 key must be 1 to " + MAX_LENGTH + " octets long, not "
                + length);
        }
    }

    /**
     * The key's octets as the kernel signs with them.
     *
     * @return a fresh copy of the key in UTF-8
     */
    public byte @NonNull [] octets() {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TCP-MD5 key (not shown)";
    }
}
