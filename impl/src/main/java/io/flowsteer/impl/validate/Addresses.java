/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import io.flowsteer.api.wire.IpAddressText;
import java.net.Inet4Address;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether an address can be a peer, next hop or endpoint: a unicast address, not the unspecified address, not
 * multicast and not the IPv4 limited broadcast address (RFC 919, RFC 4291 section 2.7).
 */
final class Addresses {
    private Addresses() {
        // static checks only
    }

    /**
     * Checks that an address is unicast.
     *
     * @param text the address as configured
     * @return null when it is, otherwise why not
     */
    static @Nullable String unicast(final String text) {
        final InetAddress address = IpAddressText.tryParse(text);
        if (address == null) {
            return text + " is not an IP address";
        }
        if (address.isAnyLocalAddress()) {
            return text + " is the unspecified address; give the router's own address";
        }
        if (address.isMulticastAddress()) {
            return text + " is a multicast address; a unicast address is needed";
        }
        if (address instanceof Inet4Address && "255.255.255.255".equals(address.getHostAddress())) {
            return text + " is the broadcast address; a unicast address is needed";
        }
        return null;
    }
}
