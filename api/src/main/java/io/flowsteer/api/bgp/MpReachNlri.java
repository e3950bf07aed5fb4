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
import java.net.InetAddress;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * MP_REACH_NLRI (RFC 4760 section 3) of a family Flowsteer handles: unicast prefixes, flowspec NLRIs or FSv2
 * NLRIs. Flowspec has a next hop of length 0 (RFC 8955 section 4, draft-ietf-idr-fsv2-ip-basic section 9.1).
 *
 * @param nextHop the (first) next hop, or null when its length is 0
 * @param routes the announced routes
 */
public record MpReachNlri(@Nullable InetAddress nextHop, @NonNull FamilyNlri routes) implements MultiprotocolNlri {
    /**
     * Checks the routes.
     *
     * @param nextHop next hop or null
     * @param routes announced routes
     */
    public MpReachNlri {
        requireNonNull(routes);
    }

    /**
     * From the parts of the routes.
     *
     * @param family family
     * @param nextHop next hop or null
     * @param prefixes prefixes
     * @param flowspec FSv1 NLRIs
     * @param fsv2 FSv2 NLRIs
     */
    public MpReachNlri(final @NonNull BgpFamily family, final @Nullable InetAddress nextHop,
            final @NonNull List<IpPrefix> prefixes, final @NonNull List<Fsv1Nlri> flowspec,
            final @NonNull List<Fsv2Nlri> fsv2) {
        this(nextHop, new FamilyNlri(family, prefixes, flowspec, fsv2));
    }

    /**
     * Without FSv2 NLRIs.
     *
     * @param family family
     * @param nextHop next hop or null
     * @param prefixes prefixes
     * @param flowspec FSv1 NLRIs
     */
    public MpReachNlri(final @NonNull BgpFamily family, final @Nullable InetAddress nextHop,
            final @NonNull List<IpPrefix> prefixes, final @NonNull List<Fsv1Nlri> flowspec) {
        this(family, nextHop, prefixes, flowspec, List.of());
    }
}
