/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.Fsv1Nlri;
import org.eclipse.jdt.annotation.NonNull;

/**
 * One flowspec route: an RFC 8955 section 4 / RFC 8956 section 3 NLRI and its path attributes. Two routes with the
 * same NLRI are the same route in an Adj-RIB-Out; the later one replaces the earlier one.
 *
 * @param nlri the NLRI; its AFI and route distinguisher select the family (SAFI 133 or 134)
 * @param attributes the actions and other attributes
 */
public record FlowspecRoute(@NonNull Fsv1Nlri nlri, @NonNull RouteAttributes attributes) {
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
        if (nlri.routeDistinguisher() != null) {
            return v4 ? BgpFamily.IPV4_FLOWSPEC_VPN : BgpFamily.IPV6_FLOWSPEC_VPN;
        }
        return v4 ? BgpFamily.IPV4_FLOWSPEC : BgpFamily.IPV6_FLOWSPEC;
    }
}
