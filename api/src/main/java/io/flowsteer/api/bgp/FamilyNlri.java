/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The routes of one family that an MP_REACH_NLRI (RFC 4760 section 3) announces or an MP_UNREACH_NLRI (RFC 4760
 * section 4) withdraws: unicast prefixes, flowspec NLRIs or FSv2 NLRIs, as the family has them.
 *
 * @param family the family (AFI and SAFI)
 * @param prefixes the unicast prefixes (unicast families)
 * @param flowspec the FSv1 NLRIs (SAFI 133/134)
 * @param fsv2 the FSv2 NLRIs (FSv2 families)
 */
public record FamilyNlri(@NonNull BgpFamily family, @NonNull List<IpPrefix> prefixes,
        @NonNull List<Fsv1Nlri> flowspec, @NonNull List<Fsv2Nlri> fsv2) {
    /**
     * Copies the lists.
     *
     * @param family family
     * @param prefixes prefixes
     * @param flowspec FSv1 NLRIs
     * @param fsv2 FSv2 NLRIs
     */
    public FamilyNlri {
        requireNonNull(family);
        prefixes = List.copyOf(prefixes);
        flowspec = List.copyOf(flowspec);
        fsv2 = List.copyOf(fsv2);
    }

    /**
     * Whether there is no route at all.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return prefixes.isEmpty() && flowspec.isEmpty() && fsv2.isEmpty();
    }
}
