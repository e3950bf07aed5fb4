/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.wide.WideCommunityTlv;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * An FSv2 Action community: a BGP Wide Community (container type 1, draft-ietf-idr-wide-bgp-communities)
 * whose community value is Flowsteer's FSv2 Action value and whose one Parameter(s) TLV (type 3) holds FSv2
 * Action SubTLVs. draft-liu-idr-flowspec-redirect-sr-segment-list section 3 carries its action "as a Flow
 * Specification v2 (FSv2) Action SubTLV carried in a Wide Community container"; draft-ietf-idr-fsv2-ip-basic-06
 * section 2 item 5 names that container the "FSv2 Action Community Container" and leaves its definition TODO.
 * See {@link Fsv2ActionContainerCodec} for the layout Flowsteer uses.
 *
 * @param confederationBit the C bit of the container flags, draft-ietf-idr-wide-bgp-communities section 2
 * @param transitivityBit the T bit of the container flags
 * @param sourceAs the Source AS Number, 0..4294967295
 * @param contextAs the Context AS Number, 0..4294967295
 * @param actions the action sub-TLVs of the Parameter(s) TLV, in wire order
 * @param otherTlvs the other top-level TLVs (Target(s), Exclude Target(s)), kept uninterpreted
 */
public record Fsv2ActionCommunity(boolean confederationBit, boolean transitivityBit, long sourceAs,
        long contextAs, @NonNull List<@NonNull Fsv2Action> actions,
        @NonNull List<@NonNull WideCommunityTlv> otherTlvs) {
    public Fsv2ActionCommunity {
        actions = List.copyOf(requireNonNull(actions, "actions"));
        otherTlvs = List.copyOf(requireNonNull(otherTlvs, "other TLVs"));
    }

    /**
     * The community Flowsteer sends: flags clear, source and context AS 0 (as for the redirect group), no
     * other TLVs.
     *
     * @param actions the actions
     * @return the community
     */
    public static @NonNull Fsv2ActionCommunity of(final @NonNull List<@NonNull Fsv2Action> actions) {
        return new Fsv2ActionCommunity(false, false, 0, 0, actions, List.of());
    }

    /**
     * The redirect to SR Policy segment list actions among {@link #actions()}.
     *
     * @return those actions, in wire order
     */
    public @NonNull List<@NonNull SrSegmentListAction> srSegmentListActions() {
        return actions.stream().filter(SrSegmentListAction.class::isInstance).map(SrSegmentListAction.class::cast)
            .toList();
    }
}
