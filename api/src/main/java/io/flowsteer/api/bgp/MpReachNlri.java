/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpFamily;
import io.flowsteer.api.wire.Fsv1Nlri;
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * MP_REACH_NLRI (RFC 4760 section 3) of a family Flowsteer handles: unicast prefixes or flowspec NLRIs. Flowspec
 * has a next hop of length 0 (RFC 8955 section 4).
 *
 * @param family the family
 * @param nextHop the (first) next hop, or null when its length is 0
 * @param prefixes the unicast prefixes (unicast families)
 * @param flowspec the flowspec NLRIs (flowspec families)
 */
public record MpReachNlri(@NonNull BgpFamily family, @Nullable InetAddress nextHop, @NonNull List<IpPrefix> prefixes,
        @NonNull List<Fsv1Nlri> flowspec) {
    /**
     * Copies the lists.
     *
     * @param family family
     * @param nextHop next hop or null
     * @param prefixes prefixes
     * @param flowspec flowspec NLRIs
     */
    public MpReachNlri {
        requireNonNull(family);
        prefixes = List.copyOf(prefixes);
        flowspec = List.copyOf(flowspec);
    }
}
