/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.InetAddress;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The FSv2 action "Redirect to SR Policy Segment List", draft-liu-idr-flowspec-redirect-sr-segment-list
 * section 3: redirect matching traffic to one segment list of one candidate path of an SR Policy.
 * The candidate path is named as in RFC 9256 sections 2.3-2.5 (protocol origin, originator,
 * discriminator) within the policy (color, endpoint).
 *
 * <p>The revert timer of section 3.3 is local configuration of the headend, not a field of the
 * action, so it is not part of this record.
 *
 * @param fallback F: fall back to ordinary SR Policy forwarding when the segment list or candidate
 *     path becomes invalid or inactive (section 3.2); when clear, do not fall back
 * @param recovery R: revert to the segment list once it recovers (section 3.3)
 * @param color the SR Policy color, 1..4294967295
 * @param endpoint the SR Policy endpoint; IPv4 is sent with AFI 1, IPv6 with AFI 2
 * @param protocolOrigin the candidate path's protocol origin, 0..4294967295
 * @param originator the candidate path's originator
 * @param discriminator the candidate path's discriminator, 0..4294967295
 * @param segmentListId the segment list identifier, 1..4294967295 (0 is reserved)
 */
public record SrSegmentListAction(boolean fallback, boolean recovery, long color, @NonNull InetAddress endpoint,
        long protocolOrigin, @NonNull Originator originator, long discriminator, long segmentListId)
        implements Fsv2Action {
    /** AFI 1, IPv4 endpoint of 4 octets. */
    public static final int AFI_IPV4 = 1;
    /** AFI 2, IPv6 endpoint of 16 octets. */
    public static final int AFI_IPV6 = 2;

    public SrSegmentListAction {
        requireNonNull(endpoint, "endpoint");
        requireNonNull(originator, "originator");
    }

    /**
     * The AFI sent for the endpoint.
     *
     * @return {@link #AFI_IPV4} or {@link #AFI_IPV6}
     */
    public int afi() {
        return endpoint instanceof Inet4Address ? AFI_IPV4 : AFI_IPV6;
    }
}
