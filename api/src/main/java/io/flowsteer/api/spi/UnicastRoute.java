/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import java.net.InetAddress;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A unicast route received from a peer (RFC 4271 section 4.3 NLRI, RFC 4760 section 3 for IPv6), as the
 * redirect-to-IP resolution needs it: prefix and next hop.
 *
 * @param prefix the prefix address, host bits zero
 * @param length the prefix length
 * @param nextHop the next hop, null in a withdrawal
 */
public record UnicastRoute(@NonNull InetAddress prefix, int length, @Nullable InetAddress nextHop) {
    /**
     * Checks the length.
     *
     * @param prefix prefix
     * @param length length
     * @param nextHop next hop or null
     */
    public UnicastRoute {
        requireNonNull(prefix);
        if (length < 0 || length > prefix.getAddress().length * 8) {
            throw new IllegalArgumentException("prefix length " + length + " out of range");
        }
    }

    @Override
    public String toString() {
        return prefix.getHostAddress() + "/" + length + (nextHop == null ? "" : " via " + nextHop.getHostAddress());
    }
}
