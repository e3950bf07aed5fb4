/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.eclipse.jdt.annotation.NonNull;

/**
 * One path-tlv of a Redirect Load Balancing Group, draft-wu-idr-flowspec-redirect-group-01 section
 * 2.3: types 1-8 combine an IPv4 or IPv6 endpoint with an optional 4-octet color and an optional
 * 1-octet weight. Every type starts with a 2-octet Flags field (reserved: zero on send, ignored on
 * receipt, kept here so that a received group is re-advertised unchanged).
 *
 * <pre>
 * type 1 IPv4             length 6    type 5 IPv6             length 18
 * type 2 IPv4 weight      length 7    type 6 IPv6 weight      length 19
 * type 3 IPv4 color       length 10   type 7 IPv6 color       length 22
 * type 4 IPv4 color wt.   length 11   type 8 IPv6 color wt.   length 23
 * </pre>
 *
 * @param flags the 2-octet Flags field, 0..65535
 * @param endpoint the redirection destination, or the SR-TE/SRv6 tunnel endpoint when a color is present
 * @param color the tunnel color, 0..4294967295, if present
 * @param weight the load-balancing weight, 1..255, if present
 */
public record RedirectPath(int flags, @NonNull InetAddress endpoint, @NonNull OptionalLong color,
        @NonNull OptionalInt weight) {
    public RedirectPath {
        requireNonNull(endpoint, "endpoint");
        requireNonNull(color, "color");
        requireNonNull(weight, "weight");
    }

    /**
     * A path with zero flags.
     *
     * @param endpoint the endpoint
     * @param color the color, if present
     * @param weight the weight, if present
     * @return the path
     */
    public static @NonNull RedirectPath of(final @NonNull InetAddress endpoint, final @NonNull OptionalLong color,
            final @NonNull OptionalInt weight) {
        return new RedirectPath(0, endpoint, color, weight);
    }

    /**
     * The path-tlv type this path is sent as, 1..8.
     *
     * @return the type
     */
    public int tlvType() {
        return (endpoint instanceof Inet4Address ? 0 : 4) + (color.isPresent() ? 2 : 0)
            + (weight.isPresent() ? 1 : 0) + 1;
    }

    /**
     * Whether this path is of a weighted type (2, 4, 6, 8), section 3.
     *
     * @return true if a weight is present
     */
    public boolean weighted() {
        return weight.isPresent();
    }
}
