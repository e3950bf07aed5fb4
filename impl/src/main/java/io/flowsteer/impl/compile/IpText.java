/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.wire.Afi;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;

/**
 * Addresses and prefixes in their YANG text forms, parsed without any name lookup.
 */
final class IpText {
    private static final int IPV4_OCTETS = 4;
    private static final int IPV6_OCTETS = 16;

    private IpText() {
        // utility class
    }

    /**
     * A parsed prefix.
     *
     * @param afi its family
     * @param address its address octets, 4 or 16
     * @param length its length in bits
     */
    record Prefix(@NonNull Afi afi, byte @NonNull [] address, int length) {
        @Override
        public byte[] address() {
            return address.clone();
        }
    }

    /**
     * Parses {@code a.b.c.d/n} or {@code x:x::x/n}; the family is IPv6 exactly when the text has a colon.
     *
     * @param text the prefix text
     * @return the prefix, or null if the text is not a prefix
     */
    static @Nullable Prefix prefix(final @NonNull String text) {
        final int slash = text.indexOf('/');
        if (slash < 0) {
            return null;
        }
        final String addressText = text.substring(0, slash);
        final int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!InetAddresses.isInetAddress(addressText)) {
            return null;
        }
        final InetAddress address = InetAddresses.forString(addressText);
        final boolean ipv6 = addressText.indexOf(':') >= 0;
        final byte[] octets = ipv6 ? ipv6Octets(address) : address.getAddress();
        final Afi afi = ipv6 ? Afi.IPV6 : Afi.IPV4;
        if (length < 0 || length > afi.addressBits()) {
            return null;
        }
        return new Prefix(afi, octets, length);
    }

    /**
     * Parses an address leaf.
     *
     * @param address the binding value
     * @return the address; IPv4 text gives an {@link Inet4Address}, IPv6 text an {@link Inet6Address}
     */
    static @NonNull InetAddress address(final @NonNull IpAddressNoZone address) {
        return address(address.stringValue());
    }

    /**
     * Parses an address in text form.
     *
     * @param text the text, valid as YANG ip-address-no-zone
     * @return the address; IPv4 text gives an {@link Inet4Address}, IPv6 text an {@link Inet6Address}
     * @throws IllegalArgumentException if the text is not an address
     */
    static @NonNull InetAddress address(final @NonNull String text) {
        final int zone = text.indexOf('%');
        final InetAddress parsed = InetAddresses.forString(zone < 0 ? text : text.substring(0, zone));
        if (text.indexOf(':') >= 0 && !(parsed instanceof Inet6Address)) {
            try {
                return Inet6Address.getByAddress(null, ipv6Octets(parsed), null);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("16 octets are always an IPv6 address", e);
            }
        }
        return parsed;
    }

    /**
     * Why an address cannot be a redirect or tunnel destination, if it cannot: it must be a unicast address, not
     * unspecified, loopback, multicast or the IPv4 limited broadcast address.
     *
     * @param address the address
     * @return the reason, or null for a usable unicast address
     */
    static @Nullable String notUnicast(final @NonNull InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "is the unspecified address, not a unicast address";
        }
        if (address.isMulticastAddress()) {
            return "is a multicast address, not a unicast address";
        }
        if (address.isLoopbackAddress()) {
            return "is a loopback address, not a routable unicast address";
        }
        final byte[] octets = address.getAddress();
        if (octets.length == IPV4_OCTETS && (octets[0] & octets[1] & octets[2] & octets[3]) == (byte) 0xff) {
            return "is the limited broadcast address, not a unicast address";
        }
        return null;
    }

    private static byte[] ipv6Octets(final InetAddress address) {
        final byte[] raw = address.getAddress();
        if (raw.length == IPV6_OCTETS) {
            return raw;
        }
        // An IPv4-mapped IPv6 address ::ffff:a.b.c.d, which the JDK hands back as IPv4.
        final byte[] mapped = new byte[IPV6_OCTETS];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(raw, 0, mapped, 12, IPV4_OCTETS);
        return mapped;
    }
}
