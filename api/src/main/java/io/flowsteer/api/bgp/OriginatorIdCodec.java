/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decodes ORIGINATOR_ID, RFC 4456 section 7: the optional non-transitive path attribute 9, whose value is the
 * 4-octet BGP Identifier of the route's originator in the local AS. The UPDATE codec keeps it among the other
 * attributes ({@link RouteAttributes#others()}); a value of another length is not an originator and is ignored.
 */
public final class OriginatorIdCodec {
    private static final int VALUE_LENGTH = 4;

    private OriginatorIdCodec() {
        // utility class
    }

    /**
     * The originator of a route.
     *
     * @param attributes the route's attributes
     * @return the first 4-octet ORIGINATOR_ID, or null when there is none
     */
    public static @Nullable Inet4Address decode(final @NonNull RouteAttributes attributes) {
        for (RawAttribute attribute : attributes.others()) {
            if (attribute.type() == PathAttributeType.ORIGINATOR_ID && attribute.value().length() == VALUE_LENGTH) {
                try {
                    return (Inet4Address) InetAddress.getByAddress(attribute.value().toByteArray());
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("4 octets are an IPv4 address", e);
                }
            }
        }
        return null;
    }
}
