/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A unicast route received from a peer (RFC 4271 section 4.3 NLRI, RFC 4760 section 3 for IPv6), as the
 * redirect-to-IP resolution and flowspec validation (RFC 8955 section 6, draft-ietf-idr-fsv2-ip-basic section
 * 5.2.2) need it: prefix, next hop, AS_PATH and ORIGINATOR_ID.
 *
 * @param prefix the prefix address, host bits zero
 * @param length the prefix length
 * @param nextHop the next hop, null in a withdrawal
 * @param asPath the AS numbers of the AS_SEQUENCE and AS_SET segments of AS_PATH, left to right; confederation
 *        segments (RFC 5065) are left out, so an empty list is a route from inside the local AS or confederation
 * @param originatorId ORIGINATOR_ID (RFC 4456 section 7), or null when absent
 */
public record UnicastRoute(@NonNull InetAddress prefix, int length, @Nullable InetAddress nextHop,
        @NonNull List<Long> asPath, @Nullable Inet4Address originatorId) {
    /**
     * Checks the length and copies the path.
     *
     * @param prefix prefix
     * @param length length
     * @param nextHop next hop or null
     * @param asPath AS numbers
     * @param originatorId originator or null
     */
    public UnicastRoute {
        requireNonNull(prefix);
        asPath = List.copyOf(asPath);
        if (length < 0 || length > prefix.getAddress().length * 8) {
            throw new IllegalArgumentException("prefix length " + length + " out of range");
        }
    }

    /**
     * A route without AS_PATH and ORIGINATOR_ID, as in a withdrawal.
     *
     * @param prefix prefix
     * @param length length
     * @param nextHop next hop or null
     */
    public UnicastRoute(final @NonNull InetAddress prefix, final int length, final @Nullable InetAddress nextHop) {
        this(prefix, length, nextHop, List.of(), null);
    }

    @Override
    public String toString() {
        return prefix.getHostAddress() + "/" + length + (nextHop == null ? "" : " via " + nextHop.getHostAddress());
    }
}
