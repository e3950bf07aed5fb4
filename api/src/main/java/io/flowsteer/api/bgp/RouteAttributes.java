/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RegularExtendedCommunity;
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The path attributes of a flowspec route that carry its actions: EXTENDED_COMMUNITIES (RFC 4360, RFC 8955
 * section 7), IPV6_ADDRESS_SPECIFIC_EXTENDED_COMMUNITY (RFC 5701, RFC 8956 section 6) and any other attribute as
 * bytes. ORIGIN, AS_PATH, LOCAL_PREF and MP_REACH_NLRI are the speaker's and must not appear in {@code others}.
 *
 * @param extendedCommunities the 8-octet communities, in wire order
 * @param ipv6ExtendedCommunities the 20-octet communities, in wire order
 * @param others other attributes, sent verbatim
 * @param nextHop the next hop of MP_REACH_NLRI: null for none (length 0, RFC 8955 section 4), or the target of a
 *     redirect to IP next hop (draft-simpson-idr-flowspec-redirect section 3), of the route's address family
 */
public record RouteAttributes(@NonNull List<RegularExtendedCommunity> extendedCommunities,
        @NonNull List<Ipv6ExtendedCommunity> ipv6ExtendedCommunities, @NonNull List<RawAttribute> others,
        @Nullable InetAddress nextHop) {
    /** No action attributes: an accept-all flowspec route. */
    public static final @NonNull RouteAttributes EMPTY = new RouteAttributes(List.of(), List.of(), List.of());

    /**
     * Copies the lists.
     *
     * @param extendedCommunities 8-octet communities
     * @param ipv6ExtendedCommunities 20-octet communities
     * @param others other attributes
     */
    public RouteAttributes {
        extendedCommunities = List.copyOf(extendedCommunities);
        ipv6ExtendedCommunities = List.copyOf(ipv6ExtendedCommunities);
        others = List.copyOf(others);
    }

    /**
     * Without a next hop.
     *
     * @param extendedCommunities 8-octet communities
     * @param ipv6ExtendedCommunities 20-octet communities
     * @param others other attributes
     */
    public RouteAttributes(final @NonNull List<RegularExtendedCommunity> extendedCommunities,
            final @NonNull List<Ipv6ExtendedCommunity> ipv6ExtendedCommunities,
            final @NonNull List<RawAttribute> others) {
        this(extendedCommunities, ipv6ExtendedCommunities, others, null);
    }

    /**
     * Attributes with extended communities only.
     *
     * @param communities the 8-octet communities
     * @return the attributes
     */
    public static @NonNull RouteAttributes of(final @NonNull RegularExtendedCommunity... communities) {
        return new RouteAttributes(List.of(communities), List.of(), List.of());
    }
}
