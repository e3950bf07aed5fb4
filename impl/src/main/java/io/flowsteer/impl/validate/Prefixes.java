/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.wire.IpAddressText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether a prefix is written as routers will hold it: no bits set after the prefix length (RFC 4632 section 3.1).
 * A prefix such as {@code 192.0.2.1/24} is refused with the prefix the operator probably meant, instead of being
 * stored as typed while routers get {@code 192.0.2.0/24}.
 */
public final class Prefixes {
    private static final int OCTET = 8;

    private Prefixes() {
        // static checks only
    }

    /**
     * Checks a prefix for host bits.
     *
     * @param text the prefix as configured
     * @return null when the prefix has none, otherwise what is wrong and the prefix probably meant
     */
    public static @Nullable String hostBits(final String text) {
        final IpAddressText.Prefix prefix = IpAddressText.prefix(text);
        if (prefix == null) {
            return text + " is not a prefix";
        }
        final byte[] octets = prefix.octets();
        boolean changed = false;
        for (int bit = prefix.length(); bit < octets.length * OCTET; bit++) {
            final int mask = 1 << (OCTET - 1 - bit % OCTET);
            if ((octets[bit / OCTET] & mask) != 0) {
                octets[bit / OCTET] &= (byte) ~mask;
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        final String meant;
        try {
            meant = InetAddresses.toAddrString(InetAddress.getByAddress(octets)) + "/" + prefix.length();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of 4 or 16 octets is always valid", e);
        }
        return text + " has bits set after its first " + prefix.length() + "; did you mean " + meant + "?";
    }
}
