/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The local speaker: BGP Identifier and AS of the OPEN message (RFC 4271 section 4.2, RFC 6793 section 3) and
 * where to accept connections.
 *
 * @param routerId the BGP Identifier
 * @param localAs the local AS, 1 to 4294967295
 * @param listenAddress where to accept passive connections, or null to accept none; when it names one address
 *        (not the wildcard), outbound connections leave from that address too
 */
public record SpeakerConfig(@NonNull Inet4Address routerId, long localAs, @Nullable InetSocketAddress listenAddress) {
    /**
     * Checks the AS number.
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     */
    public SpeakerConfig {
        requireNonNull(routerId);
        if (localAs < 1 || localAs > 0xffffffffL) {
            throw new IllegalArgumentException("local AS " + localAs + " is not a 4-octet AS number");
        }
    }
}
