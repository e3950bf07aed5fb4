/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.wire.FlowspecNlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A rule as Flowsteer puts it on the wire: its NLRI and actions in the api wire model, and their canonical
 * encodings as lower-case hex.
 *
 * @param name the rule's name
 * @param nlri the FSv1 or FSv2 NLRI
 * @param nlriHex the NLRI's encoding, length prefix included (RFC 8955 section 4.1, draft-ietf-idr-fsv2-ip-basic
 *     section 3.1), without AFI/SAFI
 * @param communities the action extended communities, in the order they are advertised
 * @param communityHex the encoding of each community, 8 octets (RFC 4360) or 20 octets (RFC 5701)
 * @param redirectGroup the Redirect Load Balancing Group (draft-wu-idr-flowspec-redirect-group), if any
 * @param communityContainerHex the Community Container holding the group, header included, if any
 * @param srSegmentList the FSv2 redirect to SR Policy segment list action
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list), if any
 * @param srSegmentListHex the encoding of that action sub-TLV, if any
 * @param fsv2ActionContainerHex the FSv2 Action wide community container carrying that sub-TLV, header included
 *     ({@link io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec}), if any; sent in the same Community
 *     Container attribute as the group's container
 * @param srRevertTimerSeconds the local revert timer of the SR segment list action, in seconds
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list section 3.3: local configuration, not sent on the wire);
 *     0 without the action
 * @param target which routers get the rule
 */
public record CompiledRule(@NonNull String name, @NonNull FlowspecNlri nlri, @NonNull String nlriHex,
        @NonNull List<ExtendedCommunity> communities, @NonNull List<String> communityHex,
        @Nullable RedirectGroupCommunity redirectGroup, @Nullable String communityContainerHex,
        @Nullable SrSegmentListAction srSegmentList, @Nullable String srSegmentListHex,
        @Nullable String fsv2ActionContainerHex, int srRevertTimerSeconds, @NonNull RuleTarget target) {
    public CompiledRule {
        requireNonNull(name);
        requireNonNull(target);
        requireNonNull(nlri);
        requireNonNull(nlriHex);
        communities = List.copyOf(communities);
        communityHex = List.copyOf(communityHex);
        if (srRevertTimerSeconds < 0) {
            throw new IllegalArgumentException("revert timer " + srRevertTimerSeconds + " is negative");
        }
    }

    /**
     * A rule for every router.
     *
     * @param name the rule's name
     * @param nlri the NLRI
     * @param nlriHex the NLRI's encoding
     * @param communities the action extended communities
     * @param communityHex their encodings
     * @param redirectGroup the redirect group, if any
     * @param communityContainerHex its encoding, if any
     * @param srSegmentList the SR segment list action, if any
     * @param srSegmentListHex its encoding, if any
     * @param srRevertTimerSeconds the SR segment list action's revert timer
     */
    public CompiledRule(final @NonNull String name, final @NonNull FlowspecNlri nlri, final @NonNull String nlriHex,
            final @NonNull List<ExtendedCommunity> communities, final @NonNull List<String> communityHex,
            final @Nullable RedirectGroupCommunity redirectGroup, final @Nullable String communityContainerHex,
            final @Nullable SrSegmentListAction srSegmentList, final @Nullable String srSegmentListHex,
            final int srRevertTimerSeconds) {
        this(name, nlri, nlriHex, communities, communityHex, redirectGroup, communityContainerHex, srSegmentList,
            srSegmentListHex, null, srRevertTimerSeconds, RuleTarget.ALL);
    }

    /**
     * A rule for every router, without a revert timer.
     *
     * @param name the rule's name
     * @param nlri the FSv1 or FSv2 NLRI
     * @param nlriHex the NLRI's encoding
     * @param communities the action extended communities
     * @param communityHex the encoding of each community
     * @param redirectGroup the Redirect Load Balancing Group, if any
     * @param communityContainerHex the Community Container holding the group, if any
     * @param srSegmentList the redirect to SR Policy segment list action, if any
     * @param srSegmentListHex the encoding of that action sub-TLV, if any
     */
    public CompiledRule(final @NonNull String name, final @NonNull FlowspecNlri nlri, final @NonNull String nlriHex,
            final @NonNull List<ExtendedCommunity> communities, final @NonNull List<String> communityHex,
            final @Nullable RedirectGroupCommunity redirectGroup, final @Nullable String communityContainerHex,
            final @Nullable SrSegmentListAction srSegmentList, final @Nullable String srSegmentListHex) {
        this(name, nlri, nlriHex, communities, communityHex, redirectGroup, communityContainerHex, srSegmentList,
            srSegmentListHex, null, 0, RuleTarget.ALL);
    }

    /**
     * The value of the BGP Community Container attribute (type 129) the rule is sent with: the redirect group's
     * container, unless left out, followed by the FSv2 Action container (draft-ietf-idr-wide-bgp-communities
     * section 2: one attribute holds several containers).
     *
     * @param withRedirectGroup whether the group's container is sent (a router's verdict may drop it)
     * @return the attribute value as hex, or null when there is no container to send
     */
    public @Nullable String communityContainerAttributeHex(final boolean withRedirectGroup) {
        final String group = withRedirectGroup ? communityContainerHex : null;
        if (group == null) {
            return fsv2ActionContainerHex;
        }
        return fsv2ActionContainerHex == null ? group : group + fsv2ActionContainerHex;
    }
}
