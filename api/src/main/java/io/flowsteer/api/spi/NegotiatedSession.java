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
import java.net.Inet4Address;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * What the two OPEN messages settled (RFC 5492 section 3: a capability applies when both sides announce it).
 *
 * @param remoteAs the peer's AS (its 4-octet AS capability if present, RFC 6793 section 4)
 * @param remoteRouterId the peer's BGP Identifier
 * @param holdTime the negotiated Hold Time, the smaller of both (RFC 4271 section 4.2)
 * @param families the families both sides announced (RFC 4760 section 8)
 * @param fourOctetAs both announced the 4-octet AS capability (RFC 6793)
 * @param routeRefresh the peer accepts ROUTE-REFRESH (RFC 2918)
 * @param extendedMessage both announced extended messages, so messages may be 65535 octets (RFC 8654)
 * @param gracefulRestart the peer announced graceful restart (RFC 4724)
 * @param peerCapabilities the capability codes the peer announced, in order of first appearance
 */
public record NegotiatedSession(long remoteAs, @NonNull Inet4Address remoteRouterId, int holdTime,
        @NonNull Set<BgpFamily> families, boolean fourOctetAs, boolean routeRefresh, boolean extendedMessage,
        boolean gracefulRestart, @NonNull Set<Integer> peerCapabilities) {
    /**
     * Copies the sets.
     *
     * @param remoteAs remote AS
     * @param remoteRouterId remote BGP Identifier
     * @param holdTime hold time
     * @param families families
     * @param fourOctetAs 4-octet AS
     * @param routeRefresh route refresh
     * @param extendedMessage extended messages
     * @param gracefulRestart graceful restart
     * @param peerCapabilities capability codes
     */
    public NegotiatedSession {
        requireNonNull(remoteRouterId);
        families = Set.copyOf(families);
        peerCapabilities = Set.copyOf(peerCapabilities);
    }

    /**
     * The largest message the session allows, RFC 8654 section 3.
     *
     * @return 65535 with extended messages, else 4096
     */
    public int maxMessageSize() {
        return extendedMessage ? 65535 : 4096;
    }
}
