/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import org.eclipse.jdt.annotation.NonNull;

/**
 * One flowspec route: an RFC 8955 section 4 / RFC 8956 section 3 NLRI, or an FSv2 NLRI
 * (draft-ietf-idr-fsv2-ip-basic section 3), and its path attributes. Two routes with the
 * same NLRI are the same route in an Adj-RIB-Out; the later one replaces the earlier one.
 *
 * @param nlri the NLRI; its version, AFI and route distinguisher select the family (SAFI 133, 134 or FSv2)
 * @param attributes the actions and other attributes
 */
public record FlowspecRoute(@NonNull FlowspecNlri nlri, @NonNull RouteAttributes attributes) {
    /**
     * Checks for nulls.
     *
     * @param nlri the NLRI
     * @param attributes the attributes
     */
    public FlowspecRoute {
        requireNonNull(nlri);
        requireNonNull(attributes);
    }

    /**
     * The family this route is advertised in.
     *
     * @return the flowspec family
     */
    public @NonNull BgpFamily family() {
        final boolean v4 = nlri.afi() == Afi.IPV4;
        if (nlri instanceof Fsv2Nlri) {
            return v4 ? BgpFamily.IPV4_FSV2 : BgpFamily.IPV6_FSV2;
        }
        if (nlri instanceof Fsv1Nlri v1 && v1.routeDistinguisher() != null) {
            return v4 ? BgpFamily.IPV4_FLOWSPEC_VPN : BgpFamily.IPV6_FLOWSPEC_VPN;
        }
        return v4 ? BgpFamily.IPV4_FLOWSPEC : BgpFamily.IPV6_FLOWSPEC;
    }
}
