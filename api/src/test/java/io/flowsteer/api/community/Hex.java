/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * Hex helpers for byte-exact tests.
 */
public final class Hex {
    private Hex() {
        // utility class
    }

    /**
     * A buffer holding the octets of a hex string (spaces ignored).
     *
     * @param hex the hex digits
     * @return a readable buffer
     */
    public static ByteBuf buf(final String hex) {
        return Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /**
     * The readable octets of a buffer as lower-case hex, without consuming them.
     *
     * @param buf the buffer
     * @return the hex string
     */
    public static String hex(final ByteBuf buf) {
        return ByteBufUtil.hexDump(buf);
    }

    /**
     * A hex string with its spaces removed.
     *
     * @param hex the hex digits, maybe spaced
     * @return the compact form
     */
    public static String compact(final String hex) {
        return hex.replace(" ", "");
    }

    /**
     * Parses an IPv4 literal.
     *
     * @param literal dotted quad
     * @return the address
     */
    public static Inet4Address v4(final String literal) {
        return (Inet4Address) parse(literal);
    }

    /**
     * Parses an IPv6 literal.
     *
     * @param literal the literal
     * @return the address
     */
    public static Inet6Address v6(final String literal) {
        final byte[] bytes = parse(literal).getAddress();
        if (bytes.length == 4) {
            // InetAddress collapses IPv4-mapped literals to IPv4; rebuild the mapped form
            final byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(bytes, 0, mapped, 12, 4);
            return Addresses.ipv6(mapped);
        }
        return Addresses.ipv6(bytes);
    }

    private static InetAddress parse(final String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
