/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.spi.FlowspecValidation;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.FlowComponent;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Component;
import io.flowsteer.api.wire.Fsv2FilterFamily;
import io.flowsteer.api.wire.Fsv2IpComponent;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The flowspec validation procedure of draft-ietf-idr-fsv2-ip-basic section 5.2.2, which restates RFC 8955
 * section 6 with the RFC 9117 relaxation for FSv1 and FSv2 alike. A route is feasible when (a) it has a
 * destination prefix component, (b) its originator (ORIGINATOR_ID, else the peer's address) is the originator of
 * a best-match unicast route (longest prefix covering the destination prefix), or (b2, on by default) its
 * AS_PATH is empty but for confederation segments, and (c) no more-specific unicast route came from a neighbor AS
 * other than the best match's. For a route received over eBGP, the left-most AS of its AS_PATH must also be the
 * left-most AS of the best match. Stateless; the unicast routes are passed in.
 */
final class FlowspecValidator {
    /**
     * A unicast route with what validation needs of its source.
     *
     * @param route the route
     * @param originator ORIGINATOR_ID, else the address of the peer it came from
     * @param neighborAs the left-most AS of its AS_PATH, or the local AS when the path is empty
     */
    record Unicast(UnicastRoute route, InetAddress originator, long neighborAs) {
    }

    private FlowspecValidator() {
        // stateless
    }

    /**
     * Validates one flowspec route.
     *
     * @param nlri the NLRI
     * @param asPath its AS numbers (confederation segments left out)
     * @param originator ORIGINATOR_ID, else the address of the peer it came from
     * @param external whether it came over eBGP
     * @param unicast the unicast routes received from all peers
     * @return the verdict
     */
    static FlowspecValidation validate(final FlowspecNlri nlri, final List<Long> asPath, final InetAddress originator,
            final boolean external, final Collection<Unicast> unicast) {
        if (nlri instanceof Fsv1Nlri vpn && vpn.routeDistinguisher() != null) {
            // RFC 8955 section 8.1: a VPN route's best match is a unicast route of its VRF, not of the global table
            return new FlowspecValidation(false, "VPN flowspec route: its best match is a VPN unicast route of its"
                + " VRF (RFC 8955 section 8.1), which this speaker does not receive, so it is not validated");
        }
        final IpPrefixComponent destination = destination(nlri);
        if (destination == null) {
            return new FlowspecValidation(false, "no destination prefix component (rule a)");
        }
        if (destination.offset() != 0) {
            return new FlowspecValidation(false, "the destination prefix has an offset, no unicast route can "
                + "be its best match (rule a)");
        }
        final int flowLength = destination.length();
        final List<Unicast> best = new ArrayList<>();
        int bestLength = -1;
        for (Unicast candidate : unicast) {
            final UnicastRoute route = candidate.route();
            final IpPrefixComponent prefix = asComponent(route);
            if (prefix.afi() == destination.afi() && route.length() <= flowLength
                && prefix.matches(destination.high(), destination.low())) {
                if (route.length() > bestLength) {
                    best.clear();
                    bestLength = route.length();
                }
                if (route.length() == bestLength) {
                    best.add(candidate);
                }
            }
        }
        Unicast match = null;
        for (Unicast candidate : best) {
            if (candidate.originator().equals(originator)) {
                match = candidate;
                break;
            }
        }
        final String ruleB;
        if (match != null) {
            ruleB = "originator " + originator.getHostAddress() + " also originated the best-match unicast route "
                + match.route().prefix().getHostAddress() + "/" + match.route().length() + " (rule b1)";
        } else if (asPath.isEmpty()) {
            ruleB = "AS_PATH is empty (rule b2, RFC 9117)";
            match = best.isEmpty() ? null : best.get(0);
        } else {
            return new FlowspecValidation(false, best.isEmpty()
                ? "no unicast route covers the destination prefix and AS_PATH is not empty (rule b)"
                : "originator " + originator.getHostAddress() + " did not originate the best-match unicast route "
                    + best.get(0).route().prefix().getHostAddress() + "/" + bestLength + " (rule b)");
        }
        if (external && match != null && !asPath.isEmpty()
            && (match.route().asPath().isEmpty() || !match.route().asPath().get(0).equals(asPath.get(0)))) {
            return new FlowspecValidation(false, "left-most AS " + asPath.get(0)
                + " differs from the best-match unicast route's (eBGP rule)");
        }
        for (Unicast candidate : unicast) {
            final UnicastRoute route = candidate.route();
            final IpPrefixComponent prefix = asComponent(route);
            if (prefix.afi() == destination.afi() && route.length() > flowLength
                && destination.matches(prefix.high(), prefix.low())
                && (match == null || candidate.neighborAs() != match.neighborAs())) {
                return new FlowspecValidation(false, "more-specific unicast route " + route.prefix().getHostAddress()
                    + "/" + route.length() + " from neighbor AS " + candidate.neighborAs() + " (rule c)");
            }
        }
        return new FlowspecValidation(true, ruleB);
    }

    private static @Nullable IpPrefixComponent destination(final FlowspecNlri nlri) {
        final List<FlowComponent> components = new ArrayList<>();
        if (nlri instanceof Fsv1Nlri v1) {
            components.addAll(v1.components());
        } else if (nlri instanceof Fsv2Nlri v2) {
            for (Fsv2FilterFamily family : v2.families()) {
                for (Fsv2Component component : family.components()) {
                    if (component instanceof Fsv2IpComponent ip) {
                        components.add(ip.component());
                    }
                }
            }
        }
        for (FlowComponent component : components) {
            if (component instanceof IpPrefixComponent prefix && prefix.type() == ComponentType.DESTINATION_PREFIX) {
                return prefix;
            }
        }
        return null;
    }

    /**
     * A unicast route as a destination prefix component, so that the api's prefix matching (RFC 8955 section
     * 4.2.2.1, RFC 8956 section 3.1) compares it with the flow's destination prefix.
     */
    private static IpPrefixComponent asComponent(final UnicastRoute route) {
        final byte[] address = route.prefix().getAddress();
        return address.length == Afi.IPV4.addressBits() / Byte.SIZE
            ? IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX, address, route.length())
            : IpPrefixComponent.ipv6(ComponentType.DESTINATION_PREFIX, address, 0, route.length());
    }
}
