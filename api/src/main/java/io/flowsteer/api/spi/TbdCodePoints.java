/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.ExtendedCommunityCodePoints;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec;
import io.flowsteer.api.community.fsv2.SrSegmentListActionCodec;
import io.flowsteer.api.community.wide.RedirectGroupCodec;
import io.flowsteer.api.wire.Fsv2Config;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Every code point the drafts leave TBD, as one value: what the {@code flowsteer-devices}
 * {@code bgp-speaker/code-points} container configures. The rule compiler encodes with it and the speaker encodes
 * and decodes with it. A value that is constructed is usable: the constructor refuses code points that do not fit
 * their field or that would make two communities (or two SAFIs) indistinguishable on the wire, with a message
 * naming the {@code code-points} leaf.
 *
 * @param fsv2 the FSv2 SAFIs and IP Basic family type (draft-ietf-idr-fsv2-ip-basic sections 4 and 9.1)
 * @param extendedCommunities the redirect to indirection-id type and sub-type
 *     (draft-ietf-idr-flowspec-path-redirect section 7) and the Action Chain Ordering sub-type under type 0x80
 *     (draft-ietf-idr-fsv2-ip-basic section 4.5.5, TBD4)
 * @param redirectGroupCommunity the wide community value of the Redirect Load Balancing Group
 *     (draft-wu-idr-flowspec-redirect-group section 5.1)
 * @param fsv2ActionCommunity the wide community value of the FSv2 Action community
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list section 3)
 * @param srSegmentListActionSubType the FSv2 action sub-type of redirect to SR Policy segment list
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list section 3, TBD1)
 */
public record TbdCodePoints(@NonNull Fsv2Config fsv2, @NonNull ExtendedCommunityCodePoints extendedCommunities,
        long redirectGroupCommunity, long fsv2ActionCommunity, int srSegmentListActionSubType) {
    /** The SAFIs of the fixed families the speaker offers (RFC 4760 unicast, RFC 8955 flowspec and VPN). */
    private static final Set<Integer> FIXED_SAFIS = Set.of(1, 2, 133, 134);
    private static final int TRANSITIVE_EXPERIMENTAL = 0x80;

    /** The documented defaults of every code point (initialised after the constants the constructor uses). */
    public static final @NonNull TbdCodePoints DEFAULT = new TbdCodePoints(Fsv2Config.DEFAULT,
        ExtendedCommunityCodePoints.DEFAULT, RedirectGroupCodec.DEFAULT_COMMUNITY_VALUE,
        Fsv2ActionContainerCodec.DEFAULT_COMMUNITY_VALUE, SrSegmentListActionCodec.DEFAULT_SUB_TYPE);

    /**
     * Checks that every code point fits its field and that none collides with another.
     *
     * @param fsv2 the FSv2 code points
     * @param extendedCommunities the extended community code points
     * @param redirectGroupCommunity 32-bit redirect group community value
     * @param fsv2ActionCommunity 32-bit FSv2 Action community value
     * @param srSegmentListActionSubType 16-bit action sub-type
     * @throws IllegalArgumentException naming the {@code code-points} leaf of a value that is refused
     */
    public TbdCodePoints {
        requireNonNull(fsv2, "fsv2");
        requireNonNull(extendedCommunities, "extendedCommunities");
        check(redirectGroupCommunity >= 0 && redirectGroupCommunity <= 0xffffffffL, "redirect-group-community",
            redirectGroupCommunity + " does not fit 32 bits");
        check(fsv2ActionCommunity >= 0 && fsv2ActionCommunity <= 0xffffffffL, "fsv2-action-community",
            fsv2ActionCommunity + " does not fit 32 bits");
        check(srSegmentListActionSubType >= 0 && srSegmentListActionSubType <= 0xffff,
            "sr-segment-list-action-sub-type", srSegmentListActionSubType + " does not fit 16 bits");
        check(fsv2ActionCommunity != redirectGroupCommunity, "fsv2-action-community",
            hex8(fsv2ActionCommunity) + " is also the redirect-group-community: a receiver could not tell the"
                + " two wide communities apart");
        check(fsv2.safi() != fsv2.vpnSafi(), "fsv2-vpn-safi", fsv2.vpnSafi() + " is also the fsv2-safi");
        check(!FIXED_SAFIS.contains(fsv2.safi()), "fsv2-safi", fsv2.safi()
            + " is the SAFI of a fixed family the speaker offers (1, 2, 133, 134)");
        check(!FIXED_SAFIS.contains(fsv2.vpnSafi()), "fsv2-vpn-safi", fsv2.vpnSafi()
            + " is the SAFI of a fixed family the speaker offers (1, 2, 133, 134)");

        final int aco = extendedCommunities.acoSubType();
        final String acoTaken = ExtendedCommunityCodec.fixedCommunityAt(TRANSITIVE_EXPERIMENTAL, aco);
        check(acoTaken == null, "action-chain-ordering-sub-type", hex2(aco) + " under type 0x80 is " + acoTaken);
        final int type = extendedCommunities.indirectionIdType();
        final int subType = extendedCommunities.indirectionIdSubType();
        final String indirectionTaken = ExtendedCommunityCodec.fixedCommunityAt(type, subType);
        check(indirectionTaken == null, "indirection-id-type", "type " + hex2(type) + " with indirection-id-sub-type "
            + hex2(subType) + " is " + indirectionTaken);
        check(type != TRANSITIVE_EXPERIMENTAL || subType != aco, "indirection-id-type", "type 0x80 with"
            + " indirection-id-sub-type " + hex2(subType) + " is the action-chain-ordering-sub-type");
    }

    private static void check(final boolean ok, final String leaf, final String message) {
        if (!ok) {
            throw new IllegalArgumentException(leaf + ": " + message);
        }
    }

    private static String hex2(final int value) {
        return String.format(Locale.ROOT, "0x%02x", value);
    }

    private static String hex8(final long value) {
        return String.format(Locale.ROOT, "0x%08x", value);
    }

    /**
     * These code points with other FSv2 code points.
     *
     * @param newFsv2 the FSv2 code points
     * @return the code points
     * @throws IllegalArgumentException if the FSv2 SAFIs collide
     */
    public @NonNull TbdCodePoints withFsv2(final @NonNull Fsv2Config newFsv2) {
        return new TbdCodePoints(newFsv2, extendedCommunities, redirectGroupCommunity, fsv2ActionCommunity,
            srSegmentListActionSubType);
    }

    /**
     * The extended community codec with these code points.
     *
     * @return a new codec
     */
    public @NonNull ExtendedCommunityCodec communityCodec() {
        return new ExtendedCommunityCodec(extendedCommunities);
    }

    /**
     * The Redirect Load Balancing Group codec with this community value.
     *
     * @return a new codec
     */
    public @NonNull RedirectGroupCodec redirectGroupCodec() {
        return new RedirectGroupCodec(redirectGroupCommunity);
    }

    /**
     * The FSv2 Action community codec with this community value and SR segment list action sub-type.
     *
     * @return a new codec
     */
    public @NonNull Fsv2ActionContainerCodec fsv2ActionCodec() {
        return new Fsv2ActionContainerCodec(fsv2ActionCommunity,
            new SrSegmentListActionCodec(srSegmentListActionSubType));
    }
}
