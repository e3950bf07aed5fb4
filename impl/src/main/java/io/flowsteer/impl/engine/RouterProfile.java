/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import io.flowsteer.api.wire.NumericComponent;
import io.flowsteer.api.wire.NumericTerm;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.Bgp;

/**
 * What the BGP implementation of a router cannot take in a flowspec route (flowsteer-devices
 * {@code bgp/router-profile}). Known from the interop tests against these daemons and their documentation:
 * <ul>
 *   <li>FRR 8.4 resets the session with NOTIFICATION 3/9 on a numeric term {@code !=} (lt and gt without eq,
 *       RFC 8955 section 4.2.1.1) and on an IPv6 prefix component with a non-zero offset (RFC 8956 section 3.1);
 *       {@code FrrRefusedRouteIT} shows both;</li>
 *   <li>GoBGP 3.10 decodes an IPv6 prefix component with a non-zero offset as if the pattern were {@code length}
 *       bits long, so it matches other traffic than the rule asks;</li>
 *   <li>BIRD 2.0.12 takes every FSv1 route Flowsteer sends ({@code BirdFlowspecIT}); its grammar has both
 *       {@code !=} and offsets.</li>
 * </ul>
 */
enum RouterProfile {
    /** Assume everything is taken. */
    NONE("none", false, false),
    /** FRR 8.4. */
    FRR("frr", true, true),
    /** GoBGP 3.10. */
    GOBGP("gobgp", false, true),
    /** BIRD 2.0.12. */
    BIRD("bird", false, false);

    private final String yangName;
    private final boolean noNotEqual;
    private final boolean noIpv6Offset;

    RouterProfile(final String yangName, final boolean noNotEqual, final boolean noIpv6Offset) {
        this.yangName = yangName;
        this.noNotEqual = noNotEqual;
        this.noIpv6Offset = noIpv6Offset;
    }

    /**
     * The profile a router's BGP configuration names.
     *
     * @param bgp the router's BGP container, or null
     * @return the profile, {@link #NONE} when unset
     */
    static @NonNull RouterProfile of(final @Nullable Bgp bgp) {
        final Bgp.RouterProfile profile = bgp == null ? null : bgp.getRouterProfile();
        if (profile == null) {
            return NONE;
        }
        return switch (profile) {
            case Frr -> FRR;
            case Gobgp -> GOBGP;
            case Bird -> BIRD;
            case None -> NONE;
        };
    }

    /**
     * The name of the profile as configured.
     *
     * @return e.g. {@code frr}
     */
    @NonNull String yangName() {
        return yangName;
    }

    /**
     * What of an NLRI the router cannot take.
     *
     * @param nlri the NLRI
     * @return the parts it cannot take, in operator words; empty when it takes the NLRI
     */
    @NonNull List<String> cannotTake(final @NonNull FlowspecNlri nlri) {
        final List<String> out = new ArrayList<>();
        if (!(nlri instanceof Fsv1Nlri fsv1)) {
            return out;
        }
        for (FlowComponent component : fsv1.components()) {
            if (noIpv6Offset && component instanceof IpPrefixComponent prefix && prefix.afi() == Afi.IPV6
                    && prefix.offset() != 0) {
                out.add(prefix.type().fieldName() + " with an offset of " + prefix.offset() + " bits");
            }
            if (noNotEqual && component instanceof NumericComponent numeric && numeric.terms().stream()
                    .anyMatch(term -> term.comparison() == (NumericTerm.LT | NumericTerm.GT))) {
                out.add(numeric.type().fieldName() + " with a != term");
            }
        }
        return out;
    }
}
