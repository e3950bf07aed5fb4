/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.api.wire.IpAddressText;
import io.flowsteer.api.wire.RouteDistinguisher;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * RFC 4364 section 4.2 route distinguishers from their text forms: {@code ASN2:NN} (type 0), {@code IPv4:NN}
 * (type 1) and {@code ASN4L:NN} (type 2).
 */
final class RouteDistinguishers {
    private static final long MAX_16 = 0xffffL;
    private static final long MAX_32 = 0xffffffffL;
    private static final int TYPE_SHIFT = 48;

    private RouteDistinguishers() {
        // utility class
    }

    /**
     * Parses a route distinguisher.
     *
     * @param text the text form
     * @return the 8-octet value, or null if the text is none of the three forms or a number does not fit
     */
    static @Nullable RouteDistinguisher parse(final @NonNull String text) {
        final int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        final String admin = text.substring(0, colon);
        final long assigned = number(text.substring(colon + 1));
        if (assigned < 0) {
            return null;
        }
        if (admin.endsWith("L")) {
            final long as4 = number(admin.substring(0, admin.length() - 1));
            return as4 < 0 || as4 > MAX_32 || assigned > MAX_16 ? null
                : new RouteDistinguisher(2L << TYPE_SHIFT | as4 << 16 | assigned);
        }
        if (admin.indexOf('.') >= 0) {
            // dotted-quad text only: an IPv4-mapped IPv6 address is IPv6 (IpAddressText), not an RD administrator
            if (assigned > MAX_16 || !(IpAddressText.tryParse(admin) instanceof Inet4Address address)) {
                return null;
            }
            final long ip = Integer.toUnsignedLong(ByteBuffer.wrap(address.getAddress()).getInt());
            return new RouteDistinguisher(1L << TYPE_SHIFT | ip << 16 | assigned);
        }
        final long as2 = number(admin);
        return as2 < 0 || as2 > MAX_16 || assigned > MAX_32 ? null : new RouteDistinguisher(as2 << 32 | assigned);
    }

    private static long number(final String text) {
        if (text.isEmpty() || text.length() > 10) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
