/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.wire;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.Addresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The one parser of IP address and prefix text in Flowsteer: the YANG {@code ip-address-no-zone} and
 * {@code ip-prefix} forms (RFC 6991 section 4), dotted-quad IPv4 and IPv6 text (RFC 4291 section 2.2, with
 * {@code ::} and an embedded dotted quad), never a host name and never a name lookup. Every place in Flowsteer that
 * reads address text uses this class.
 *
 * <p>Text with a colon is always IPv6, an IPv4-mapped address ({@code ::ffff:a.b.c.d}, RFC 4291 section 2.5.5.2)
 * included: {@link #parse} returns an {@link Inet6Address} for it, never the {@link Inet4Address} that
 * {@link InetAddress#getByName} and Guava's {@code InetAddresses.forString} make of it. So the family an operator
 * wrote is the family Flowsteer encodes: where an IPv6 address is expected (an SRv6 SID, an SR Policy endpoint
 * of an IPv6 policy, an IPv6 rule's prefix) such an address is accepted as IPv6, and where an IPv4 address is
 * expected (a route distinguisher's administrator, a BGP router-id) it is not IPv4.
 */
public final class IpAddressText {
    /** 16-bit groups of an IPv6 address; a group is at most 4 hexadecimal digits. */
    private static final int IPV6_GROUPS = 8;

    private IpAddressText() {
        // utility class
    }

    /**
     * A parsed prefix.
     *
     * @param afi its family: IPv6 exactly when the text had a colon
     * @param address its address, as written (host bits are kept)
     * @param length its length in bits, within the family's address size
     */
    public record Prefix(@NonNull Afi afi, @NonNull InetAddress address, int length) {
        public Prefix {
            requireNonNull(afi);
            requireNonNull(address);
            if (length < 0 || length > afi.addressBits()) {
                throw new IllegalArgumentException("prefix length " + length + " is outside 0.."
                    + afi.addressBits());
            }
        }

        /**
         * The address octets: 4 for IPv4, 16 for IPv6.
         *
         * @return a fresh array
         */
        public byte @NonNull [] octets() {
            return address.getAddress();
        }
    }

    /**
     * Parses an address; a zone ({@code %name}) is ignored.
     *
     * @param text the text
     * @return the address: an {@link java.net.Inet4Address} for dotted-quad text, an {@link java.net.Inet6Address}
     *     for text with a colon
     * @throws IllegalArgumentException if the text is not an IPv4 or IPv6 address
     */
    public static @NonNull InetAddress parse(final @NonNull String text) {
        final InetAddress address = tryParse(text);
        if (address == null) {
            throw new IllegalArgumentException(text + " is not an IPv4 or IPv6 address");
        }
        return address;
    }

    /**
     * Parses an address if the text is one; a zone ({@code %name}) is ignored.
     *
     * @param text the text
     * @return the address, or null when the text is not an IPv4 or IPv6 address
     */
    public static @Nullable InetAddress tryParse(final @NonNull String text) {
        final int zone = text.indexOf('%');
        final String bare = zone < 0 ? text : text.substring(0, zone);
        return bare.indexOf(':') >= 0 ? ipv6(bare) : ipv4(bare);
    }

    /**
     * Parses {@code a.b.c.d/n} or {@code x:x::x/n}.
     *
     * @param text the prefix text
     * @return the prefix, or null if the text is not a prefix of its family
     */
    public static @Nullable Prefix prefix(final @NonNull String text) {
        final int slash = text.indexOf('/');
        if (slash < 0 || text.indexOf('%') >= 0) {
            return null;
        }
        final String lengthText = text.substring(slash + 1);
        if (lengthText.isEmpty() || lengthText.length() > 3 || !asciiDigits(lengthText)) {
            return null;
        }
        final int length = Integer.parseInt(lengthText);
        final InetAddress address = tryParse(text.substring(0, slash));
        if (address == null) {
            return null;
        }
        final Afi afi = address.getAddress().length == Addresses.IPV6_LENGTH ? Afi.IPV6 : Afi.IPV4;
        return length > afi.addressBits() ? null : new Prefix(afi, address, length);
    }

    private static boolean asciiDigits(final String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiHex(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a dotted quad in one scan: four decimal octets of one to three ASCII digits each, without leading
     * zeros (some stacks read those as octal, so the text is ambiguous).
     */
    private static @Nullable Inet4Address ipv4(final String text) {
        final byte[] out = new byte[Addresses.IPV4_LENGTH];
        int octet = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            final char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || octet == Addresses.IPV4_LENGTH) {
                    return null;
                }
                out[octet++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && !(digits == 1 && value == 0)) {
                value = value * 10 + c - '0';
                if (++digits > 3 || value > 0xff) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return octet == Addresses.IPV4_LENGTH ? Addresses.ipv4(out) : null;
    }

    private static @Nullable Inet6Address ipv6(final String text) {
        String hex = text;
        final int lastColon = text.lastIndexOf(':');
        if (text.indexOf('.', lastColon) >= 0) {
            // an embedded dotted quad stands for the last two groups (RFC 4291 section 2.2, form 3)
            final Inet4Address quad = ipv4(text.substring(lastColon + 1));
            if (quad == null) {
                return null;
            }
            final byte[] ipv4 = quad.getAddress();
            hex = text.substring(0, lastColon + 1) + Integer.toHexString((ipv4[0] & 0xff) << 8 | ipv4[1] & 0xff)
                + ":" + Integer.toHexString((ipv4[2] & 0xff) << 8 | ipv4[3] & 0xff);
        }
        final int gap = hex.indexOf("::");
        if (gap >= 0 && hex.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        final List<Integer> head = groups(gap < 0 ? hex : hex.substring(0, gap));
        final List<Integer> tail = gap < 0 ? List.of() : groups(hex.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        final int written = head.size() + tail.size();
        if (gap < 0 ? written != IPV6_GROUPS : written >= IPV6_GROUPS) {
            return null;
        }
        final byte[] out = new byte[Addresses.IPV6_LENGTH];
        for (int i = 0; i < head.size(); i++) {
            putGroup(out, i, head.get(i));
        }
        final int tailStart = IPV6_GROUPS - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            putGroup(out, tailStart + i, tail.get(i));
        }
        return Addresses.ipv6(out);
    }

    private static @Nullable List<Integer> groups(final String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        final String[] parts = text.split(":", -1);
        final List<Integer> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || !asciiHex(part)) {
                return null;
            }
            out.add(Integer.parseInt(part, 16));
        }
        return out;
    }

    private static void putGroup(final byte[] out, final int group, final int value) {
        out[group * 2] = (byte) (value >>> 8);
        out[group * 2 + 1] = (byte) value;
    }
}
