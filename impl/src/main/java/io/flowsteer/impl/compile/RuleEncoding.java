/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bytes.Octets;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A compiled rule's canonical encodings, as octets: what the speaker sends and what the status shows (as hex, only
 * where it is written). Immutable; equal when every encoding is equal octet for octet.
 *
 * @param nlri the NLRI, length prefix included (RFC 8955 section 4.1, draft-ietf-idr-fsv2-ip-basic section 3.1),
 *     without AFI/SAFI
 * @param communities each action extended community, 8 octets (RFC 4360 section 2) or 20 octets (RFC 5701
 *     section 2), in the order they are advertised
 * @param redirectGroupContainer the Community Container holding the Redirect Load Balancing Group
 *     (draft-wu-idr-flowspec-redirect-group section 4; draft-ietf-idr-wide-bgp-communities section 2), header
 *     included, if any
 * @param srSegmentList the redirect to SR Policy segment list action sub-TLV
 *     (draft-liu-idr-flowspec-redirect-sr-segment-list section 3), if any
 * @param fsv2ActionContainer the FSv2 Action wide community container carrying that sub-TLV, header included, if
 *     any; sent in the same Community Container attribute as the group's container
 */
public record RuleEncoding(@NonNull Octets nlri, @NonNull List<Octets> communities,
        @Nullable Octets redirectGroupContainer, @Nullable Octets srSegmentList,
        @Nullable Octets fsv2ActionContainer) {
    public RuleEncoding {
        requireNonNull(nlri);
        communities = List.copyOf(communities);
    }

    /**
     * The value of the BGP Community Container attribute (type 129) the rule is sent with: the redirect group's
     * container, unless left out, followed by the FSv2 Action container (draft-ietf-idr-wide-bgp-communities
     * section 2: one attribute holds several containers).
     *
     * @param withRedirectGroup whether the group's container is sent (a router's verdict may drop it)
     * @return the attribute value, or null when there is no container to send
     */
    public @Nullable Octets communityContainerAttribute(final boolean withRedirectGroup) {
        final Octets group = withRedirectGroup ? redirectGroupContainer : null;
        if (group == null) {
            return fsv2ActionContainer;
        }
        return fsv2ActionContainer == null ? group : group.append(fsv2ActionContainer);
    }
}
