/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.Addresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The Originator of an SR Policy candidate path, RFC 9256 section 2.4, as carried in 20 octets: a
 * 4-octet ASN and a 16-octet node address, an IPv4 node address sitting in the low-order 4 octets.
 *
 * @param asn the ASN, 0..4294967295
 * @param nodeAddress the 128-bit node address
 */
public record Originator(long asn, @NonNull Inet6Address nodeAddress) {
    public Originator {
        requireNonNull(nodeAddress, "node-address");
    }

    /**
     * An originator with an IPv4 node address in the low-order 4 octets.
     *
     * @param asn the ASN
     * @param nodeAddress the IPv4 node address
     * @return the originator
     */
    public static @NonNull Originator ofIpv4(final long asn, final @NonNull Inet4Address nodeAddress) {
        final byte[] bytes = new byte[Addresses.IPV6_LENGTH];
        System.arraycopy(nodeAddress.getAddress(), 0, bytes, Addresses.IPV6_LENGTH - Addresses.IPV4_LENGTH,
            Addresses.IPV4_LENGTH);
        return new Originator(asn, Addresses.ipv6(bytes));
    }
}
