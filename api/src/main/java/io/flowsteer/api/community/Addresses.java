/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import io.netty.buffer.ByteBuf;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Reads and writes IPv4 (4 octets) and IPv6 (16 octets) addresses exactly as they sit on the wire.
 * An IPv6 address is always an {@link Inet6Address}, even an IPv4-mapped one, so that what is read
 * is re-encoded with the same length (RFC 5701 section 2, RFC 4291 section 2.5.5).
 */
public final class Addresses {
    /** Octets of an IPv4 address. */
    public static final int IPV4_LENGTH = 4;
    /** Octets of an IPv6 address. */
    public static final int IPV6_LENGTH = 16;

    private Addresses() {
        // utility class
    }

    /**
     * Reads four octets as an IPv4 address.
     *
     * @param in the buffer, advanced by 4; the caller has checked that they are readable
     * @return the address
     */
    public static @NonNull Inet4Address readIpv4(final @NonNull ByteBuf in) {
        final byte[] bytes = new byte[IPV4_LENGTH];
        in.readBytes(bytes);
        return ipv4(bytes);
    }

    /**
     * Reads sixteen octets as an IPv6 address.
     *
     * @param in the buffer, advanced by 16; the caller has checked that they are readable
     * @return the address
     */
    public static @NonNull Inet6Address readIpv6(final @NonNull ByteBuf in) {
        final byte[] bytes = new byte[IPV6_LENGTH];
        in.readBytes(bytes);
        return ipv6(bytes);
    }

    /**
     * Makes an IPv4 address from four octets.
     *
     * @param bytes four octets
     * @return the address
     */
    public static @NonNull Inet4Address ipv4(final byte @NonNull [] bytes) {
        if (bytes.length != IPV4_LENGTH) {
            throw new IllegalArgumentException("IPv4 address needs 4 octets, not " + bytes.length);
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 octets always make an IPv4 address", e);
        }
    }

    /**
     * Makes an IPv6 address from sixteen octets, never collapsing an IPv4-mapped one to IPv4.
     *
     * @param bytes sixteen octets
     * @return the address
     */
    public static @NonNull Inet6Address ipv6(final byte @NonNull [] bytes) {
        if (bytes.length != IPV6_LENGTH) {
            throw new IllegalArgumentException("IPv6 address needs 16 octets, not " + bytes.length);
        }
        try {
            return Inet6Address.getByAddress(null, bytes, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 octets always make an IPv6 address", e);
        }
    }

    /**
     * Writes an address: 4 octets for IPv4, 16 for IPv6.
     *
     * @param address the address
     * @param out the buffer to write to
     */
    public static void write(final @NonNull InetAddress address, final @NonNull ByteBuf out) {
        out.writeBytes(address.getAddress());
    }
}
