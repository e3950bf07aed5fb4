/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.Fsv2Config;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The local speaker: BGP Identifier and AS of the OPEN message (RFC 4271 section 4.2, RFC 6793 section 3),
 * where to accept connections, and the FSv2 code points the draft leaves TBD (draft-ietf-idr-fsv2-ip-basic
 * section 9.1: the SAFI of {@link BgpFamily#IPV4_FSV2} and {@link BgpFamily#IPV6_FSV2}, the IP Basic family type).
 *
 * @param routerId the BGP Identifier
 * @param localAs the local AS, 1 to 4294967295
 * @param listenAddress where to accept passive connections, or null to accept none; when it names one address
 *        (not the wildcard), outbound connections leave from that address too
 * @param fsv2 the FSv2 code points
 */
public record SpeakerConfig(@NonNull Inet4Address routerId, long localAs, @Nullable InetSocketAddress listenAddress,
        @NonNull Fsv2Config fsv2) {
    /**
     * Checks the AS number.
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     * @param fsv2 the FSv2 code points
     */
    public SpeakerConfig {
        requireNonNull(routerId);
        requireNonNull(fsv2);
        if (localAs < 1 || localAs > 0xffffffffL) {
            throw new IllegalArgumentException("local AS " + localAs + " is not a 4-octet AS number");
        }
    }

    /**
     * A speaker with the default FSv2 code points ({@link Fsv2Config#DEFAULT}: SAFI 245).
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     */
    public SpeakerConfig(final @NonNull Inet4Address routerId, final long localAs,
            final @Nullable InetSocketAddress listenAddress) {
        this(routerId, localAs, listenAddress, Fsv2Config.DEFAULT);
    }
}
