/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.wide;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A Redirect Load Balancing Group community, draft-wu-idr-flowspec-redirect-group-01 section 2: a
 * BGP Wide Community (container type 1) whose community value is the Redirect Load Balancing Group
 * type, with exactly one Parameter(s) TLV (type 3) holding the path-tlvs. ECMP when not every path
 * is weighted, UCMP when all are (section 3).
 *
 * @param confederationBit the C bit of the container flags, draft-ietf-idr-wide-bgp-communities section 2
 * @param transitivityBit the T bit of the container flags
 * @param sourceAs the Source AS Number, 0..4294967295
 * @param contextAs the Context AS Number, 0..4294967295
 * @param paths the path-tlvs, in order, without duplicates
 * @param otherTlvs the other top-level TLVs (Target(s), Exclude Target(s)), kept uninterpreted
 */
public record RedirectGroupCommunity(boolean confederationBit, boolean transitivityBit, long sourceAs,
        long contextAs, @NonNull List<@NonNull RedirectPath> paths,
        @NonNull List<@NonNull WideCommunityTlv> otherTlvs) {
    public RedirectGroupCommunity {
        paths = List.copyOf(requireNonNull(paths, "paths"));
        otherTlvs = List.copyOf(requireNonNull(otherTlvs, "other TLVs"));
    }

    /**
     * Whether the group load-balances by weight: all paths are weighted (section 3.2). Otherwise
     * the group is ECMP and weights are ignored (section 3.1).
     *
     * @return true for UCMP
     */
    public boolean unequalCost() {
        return !paths.isEmpty() && paths.stream().allMatch(RedirectPath::weighted);
    }
}
