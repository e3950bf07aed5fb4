/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.wire.Fsv2Config;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The local speaker: BGP Identifier and AS of the OPEN message (RFC 4271 section 4.2, RFC 6793 section 3),
 * where to accept connections, and the code points the drafts leave TBD ({@link TbdCodePoints}): the FSv2 SAFIs
 * of {@link BgpFamily#IPV4_FSV2} and {@link BgpFamily#IPV6_FSV2} and the IP Basic family type
 * (draft-ietf-idr-fsv2-ip-basic section 9.1), and the extended and wide community code points the speaker encodes
 * and decodes with, and whether routers are asked to keep its routes across a restart ({@link GracefulRestartConfig}).
 *
 * @param routerId the BGP Identifier
 * @param localAs the local AS, 1 to 4294967295
 * @param listenAddress where to accept passive connections, or null to accept none; when it names one address
 *        (not the wildcard), outbound connections leave from that address too
 * @param codePoints the TBD code points
 * @param gracefulRestart the graceful restart the speaker asks of its peers
 */
public record SpeakerConfig(@NonNull Inet4Address routerId, long localAs, @Nullable InetSocketAddress listenAddress,
        @NonNull TbdCodePoints codePoints, @NonNull GracefulRestartConfig gracefulRestart) {
    /**
     * Checks the AS number.
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     * @param codePoints the TBD code points
     * @param gracefulRestart the graceful restart
     */
    public SpeakerConfig {
        requireNonNull(routerId);
        requireNonNull(codePoints);
        requireNonNull(gracefulRestart);
        if (localAs < 1 || localAs > 0xffffffffL) {
            throw new IllegalArgumentException("local AS " + localAs + " is not a 4-octet AS number");
        }
    }

    /**
     * A speaker with the default graceful restart ({@link GracefulRestartConfig#DEFAULT}).
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     * @param codePoints the TBD code points
     */
    public SpeakerConfig(final @NonNull Inet4Address routerId, final long localAs,
            final @Nullable InetSocketAddress listenAddress, final @NonNull TbdCodePoints codePoints) {
        this(routerId, localAs, listenAddress, codePoints, GracefulRestartConfig.DEFAULT);
    }

    /**
     * A speaker with the given FSv2 code points and the default community code points.
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     * @param fsv2 the FSv2 code points
     */
    public SpeakerConfig(final @NonNull Inet4Address routerId, final long localAs,
            final @Nullable InetSocketAddress listenAddress, final @NonNull Fsv2Config fsv2) {
        this(routerId, localAs, listenAddress, TbdCodePoints.DEFAULT.withFsv2(fsv2));
    }

    /**
     * A speaker with the default code points ({@link TbdCodePoints#DEFAULT}: FSv2 SAFI 245).
     *
     * @param routerId the BGP Identifier
     * @param localAs the local AS
     * @param listenAddress listen address or null
     */
    public SpeakerConfig(final @NonNull Inet4Address routerId, final long localAs,
            final @Nullable InetSocketAddress listenAddress) {
        this(routerId, localAs, listenAddress, TbdCodePoints.DEFAULT);
    }

    /**
     * The FSv2 code points.
     *
     * @return {@code codePoints().fsv2()}
     */
    public @NonNull Fsv2Config fsv2() {
        return codePoints.fsv2();
    }
}
