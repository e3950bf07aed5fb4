/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import com.google.common.net.InetAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Addresses as the resolver orders and prints them (they are parsed by
 * {@link io.flowsteer.api.wire.IpAddressText}): IPv4 before IPv6, then by unsigned octets ("lowest address" of
 * draft-ietf-idr-flowspec-redirect-ip section 2.2 and draft-wu-idr-flowspec-redirect-group section 6.3), printed in
 * their shortest text form.
 */
final class AddressText {
    /** IPv4 before IPv6, then by unsigned octets. */
    static final Comparator<InetAddress> ORDER = AddressText::compare;

    private static final int IPV6_OCTETS = 16;

    private AddressText() {
        // utility class
    }

    static int compare(final InetAddress first, final InetAddress second) {
        final byte[] one = first.getAddress();
        final byte[] two = second.getAddress();
        return one.length != two.length ? Integer.compare(one.length, two.length) : Arrays.compareUnsigned(one, two);
    }

    static @NonNull String text(final @NonNull InetAddress address) {
        return InetAddresses.toAddrString(address);
    }

    /**
     * An SR originator node address (RFC 9256 section 2.4) as an operator wrote it: the 16-octet form of the
     * segment-list action holds an IPv4 address in its low-order 4 octets, the rest zero.
     *
     * @param address the 16-octet form
     * @return the IPv4 text when it holds one, else the IPv6 text
     */
    static @NonNull String originator(final @NonNull Inet6Address address) {
        final byte[] octets = address.getAddress();
        for (int i = 0; i < IPV6_OCTETS - 4; i++) {
            if (octets[i] != 0) {
                return text(address);
            }
        }
        return (octets[12] & 0xff) + "." + (octets[13] & 0xff) + "." + (octets[14] & 0xff) + "." + (octets[15] & 0xff);
    }

    static @NonNull String set(final @NonNull Collection<? extends InetAddress> addresses) {
        return addresses.stream().map(AddressText::text).collect(Collectors.joining(", ", "{", "}"));
    }

    static @NonNull List<InetAddress> sorted(final @NonNull Collection<? extends InetAddress> addresses) {
        if (addresses.size() == 1) {
            return List.of(addresses.iterator().next());
        }
        return addresses.stream().distinct().sorted(ORDER).map(InetAddress.class::cast).toList();
    }
}
