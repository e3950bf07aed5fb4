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
import java.net.InetAddress;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One configured BGP peer (RFC 4271 section 8: the session attributes an operator sets).
 *
 * @param address the peer's address; it identifies the peer
 * @param port the peer's TCP port, normally 179
 * @param peerAs the peer's AS; equal to the local AS for iBGP
 * @param holdTime the proposed Hold Time in seconds, 0 or 3 to 65535 (RFC 4271 section 4.2)
 * @param families the families to negotiate
 * @param passive true to only accept connections from the peer, never connect
 * @param maxPrefixes how many routes the peer may send, and what happens when it sends more
 * @param localAddress the source address of connections to the peer, or null for the speaker's choice
 * @param tcpMd5Key the key signing the session's TCP segments (RFC 2385), or null for none
 * @param ttlSecurity the session's GTSM (RFC 5082), or null for none
 */
public record PeerConfig(@NonNull InetAddress address, int port, long peerAs, int holdTime,
        @NonNull Set<BgpFamily> families, boolean passive, @NonNull PrefixLimits maxPrefixes,
        @Nullable InetAddress localAddress, @Nullable TcpMd5Key tcpMd5Key, @Nullable TtlSecurity ttlSecurity) {
    /**
     * Checks the values.
     *
     * @param address the peer's address
     * @param port the port
     * @param peerAs the peer AS
     * @param holdTime the hold time
     * @param families the families
     * @param passive passive mode
     * @param maxPrefixes the prefix limits
     * @param localAddress the source address of connections to the peer, or null for the speaker's choice
     * @param tcpMd5Key the TCP MD5 key, or null
     * @param ttlSecurity the GTSM hops, or null
     */
    public PeerConfig {
        requireNonNull(address);
        requireNonNull(maxPrefixes);
        families = Set.copyOf(families);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " out of range");
        }
        if (peerAs < 1 || peerAs > 0xffffffffL) {
            throw new IllegalArgumentException("peer AS " + peerAs + " is not a 4-octet AS number");
        }
        if (holdTime != 0 && (holdTime < 3 || holdTime > 65535)) {
            throw new IllegalArgumentException("hold time " + holdTime + " must be 0 or 3..65535 (RFC 4271 4.2)");
        }
    }

    /**
     * A peer with the default prefix limits ({@link PrefixLimits#DEFAULT}), no TCP MD5 signatures and no GTSM.
     *
     * @param address the peer's address
     * @param port the port
     * @param peerAs the peer AS
     * @param holdTime the hold time
     * @param families the families
     * @param passive passive mode
     */
    public PeerConfig(final @NonNull InetAddress address, final int port, final long peerAs, final int holdTime,
            final @NonNull Set<BgpFamily> families, final boolean passive) {
        this(address, port, peerAs, holdTime, families, passive, PrefixLimits.DEFAULT);
    }

    /**
     * A peer with the default prefix limits, signed with TCP MD5 (RFC 2385).
     *
     * @param address the peer's address
     * @param port the port
     * @param peerAs the peer AS
     * @param holdTime the hold time
     * @param families the families
     * @param passive passive mode
     * @param tcpMd5Key the TCP MD5 key, or null
     */
    public PeerConfig(final @NonNull InetAddress address, final int port, final long peerAs, final int holdTime,
            final @NonNull Set<BgpFamily> families, final boolean passive, final @Nullable TcpMd5Key tcpMd5Key) {
        this(address, port, peerAs, holdTime, families, passive, PrefixLimits.DEFAULT, null, tcpMd5Key);
    }

    /**
     * A peer without GTSM (RFC 5082).
     *
     * @param address the peer's address
     * @param port the port
     * @param peerAs the peer AS
     * @param holdTime the hold time
     * @param families the families
     * @param passive passive mode
     * @param maxPrefixes the prefix limits
     * @param localAddress the source address of connections to the peer, or null for the speaker's choice
     * @param tcpMd5Key the TCP MD5 key, or null
     */
    public PeerConfig(final @NonNull InetAddress address, final int port, final long peerAs, final int holdTime,
            final @NonNull Set<BgpFamily> families, final boolean passive, final @NonNull PrefixLimits maxPrefixes,
            final @Nullable InetAddress localAddress, final @Nullable TcpMd5Key tcpMd5Key) {
        this(address, port, peerAs, holdTime, families, passive, maxPrefixes, localAddress, tcpMd5Key, null);
    }

    /**
     * A peer connected to from the speaker's choice of source address, without TCP MD5 signatures.
     *
     * @param address the peer's address
     * @param port the port
     * @param peerAs the peer AS
     * @param holdTime the hold time
     * @param families the families
     * @param passive passive mode
     * @param maxPrefixes the prefix limits
     */
    public PeerConfig(final @NonNull InetAddress address, final int port, final long peerAs, final int holdTime,
            final @NonNull Set<BgpFamily> families, final boolean passive, final @NonNull PrefixLimits maxPrefixes) {
        this(address, port, peerAs, holdTime, families, passive, maxPrefixes, null, null, null);
    }
}
