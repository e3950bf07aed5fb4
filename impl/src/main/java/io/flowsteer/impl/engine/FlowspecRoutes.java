/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.bgp.RawAttribute;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.Dialect;
import io.flowsteer.impl.resolve.RuleVerdict;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The BGP route that carries a compiled rule: its NLRI, its action extended communities (RFC 4360 and RFC 5701
 * forms, in the rule's order) and, for a redirect load-balancing group and for a redirect to SR Policy segment list
 * (draft-liu-idr-flowspec-redirect-sr-segment-list section 3, FSv2 rules only), one BGP Community Container
 * attribute (draft-ietf-idr-wide-bgp-communities, type 129, optional transitive) holding the group's container
 * followed by the FSv2 Action container. FSv1 and FSv2 NLRIs alike: the speaker sends FSv2 routes only to peers
 * that negotiated FSv2 (draft-ietf-idr-fsv2-ip-basic section 2.3).
 */
public final class FlowspecRoutes {
    private static final int OPTIONAL_TRANSITIVE = 0xc0;

    private FlowspecRoutes() {
        // Utility class
    }

    /**
     * The route for a rule as a router gets it: the resolver may drop the redirect group (configuration situation
     * A) and add the compatibility redirect-to-IP community (draft-wu-idr-flowspec-redirect-group, situation B).
     * Dropping the group never drops the FSv2 Action container.
     *
     * @param rule the compiled rule
     * @param verdict the router's verdict on it
     * @return its route
     */
    public static @NonNull FlowspecRoute of(final @NonNull CompiledRule rule, final @NonNull RuleVerdict verdict) {
        final FlowspecRoute route = of(rule, verdict.sendRedirectGroup());
        final ExtendedCommunity compatibility = verdict.compatibilityRedirect();
        if (compatibility == null) {
            return route;
        }
        final RouteAttributes attributes = route.attributes();
        final List<RegularExtendedCommunity> regular = new ArrayList<>(attributes.extendedCommunities());
        final List<Ipv6ExtendedCommunity> ipv6 = new ArrayList<>(attributes.ipv6ExtendedCommunities());
        if (compatibility instanceof RegularExtendedCommunity r) {
            regular.add(r);
        } else {
            ipv6.add((Ipv6ExtendedCommunity) compatibility);
        }
        return new FlowspecRoute(route.nlri(), new RouteAttributes(regular, ipv6, attributes.others()));
    }

    /**
     * The route for a rule as a router that takes the given dialect gets it: {@link #of(CompiledRule, RuleVerdict)}
     * with redirect to IP in the router's encoding and the IPv6 redirect-to-VRF community at its code point.
     *
     * <p>Redirect to IP: {@code ietf} keeps the draft-ietf-idr-flowspec-redirect-ip communities (section 3).
     * {@code legacy-next-hop} replaces them with the "redirect to IP next hop" community of
     * draft-simpson-idr-flowspec-redirect (section 3) and puts the target in MP_REACH_NLRI's next hop; {@code both}
     * adds that to the communities. The next-hop form is used only when the route has exactly one redirect (C=0)
     * target of its own address family; the resolver makes any other rule unsupported on such a router, or, on
     * continue on failure, installed without redirect to IP, and then no redirect to IP is sent in either form.
     *
     * @param rule the compiled rule
     * @param verdict the router's verdict on it
     * @param dialect the router's dialect
     * @return its route
     */
    public static @NonNull FlowspecRoute of(final @NonNull CompiledRule rule, final @NonNull RuleVerdict verdict,
            final @NonNull Dialect dialect) {
        final FlowspecRoute route = of(rule, verdict);
        if (Dialect.IETF.equals(dialect)) {
            return route;
        }
        final RouteAttributes attributes = route.attributes();
        final List<RegularExtendedCommunity> regular = new ArrayList<>(attributes.extendedCommunities().size() + 1);
        final List<Ipv6ExtendedCommunity> ipv6 = new ArrayList<>(attributes.ipv6ExtendedCommunities().size());
        final List<Redirect> redirects = new ArrayList<>(1);
        attributes.extendedCommunities().forEach(community -> Redirect.noted(community, redirects));
        attributes.ipv6ExtendedCommunities().forEach(community -> Redirect.noted(community, redirects));
        final List<InetAddress> targets = redirects.stream().map(Redirect::target).distinct().toList();
        final boolean carried = redirects.stream().noneMatch(Redirect::copy) && targets.size() == 1
            && targets.get(0).getAddress().length * 8 == rule.nlri().afi().addressBits();
        // on `both`, redirects the next hop cannot carry are not installed there, so no form of them is sent
        final boolean keep = dialect.communityForm() && (!dialect.nextHopForm() || carried);
        for (RegularExtendedCommunity community : attributes.extendedCommunities()) {
            if (keep || Redirect.noted(community, new ArrayList<>(1)) == null) {
                regular.add(community);
            }
        }
        for (Ipv6ExtendedCommunity community : attributes.ipv6ExtendedCommunities()) {
            if (keep || Redirect.noted(community, new ArrayList<>(1)) == null) {
                ipv6.add(community instanceof RedirectToVrfIpv6 vrf ? vrf.at(dialect.vrfIpv6()) : community);
            }
        }
        InetAddress nextHop = null;
        if (dialect.nextHopForm() && carried) {
            nextHop = targets.get(0);
            regular.add(RedirectToIpNextHop.REDIRECT);
        }
        return new FlowspecRoute(route.nlri(), new RouteAttributes(regular, ipv6, attributes.others(), nextHop));
    }

    /**
     * The route for a rule, as compiled.
     *
     * @param rule the compiled rule
     * @return its route
     */
    public static @NonNull FlowspecRoute of(final @NonNull CompiledRule rule) {
        return of(rule, true);
    }

    private static @NonNull FlowspecRoute of(final CompiledRule rule, final boolean withGroup) {
        final FlowspecNlri nlri = rule.nlri();
        final List<RegularExtendedCommunity> regular = new ArrayList<>(rule.communities().size());
        final List<Ipv6ExtendedCommunity> ipv6 = new ArrayList<>(0);
        for (ExtendedCommunity community : rule.communities()) {
            if (community instanceof RegularExtendedCommunity r) {
                regular.add(r);
            } else {
                ipv6.add((Ipv6ExtendedCommunity) community);
            }
        }
        // the group's container only when the verdict keeps it; the FSv2 Action container always
        final Octets container = rule.encoding().communityContainerAttribute(withGroup);
        final List<RawAttribute> others = container == null ? List.of()
            : List.of(new RawAttribute(OPTIONAL_TRANSITIVE, CommunityContainerCodec.ATTRIBUTE_TYPE, container));
        return new FlowspecRoute(nlri, new RouteAttributes(regular, ipv6, others));
    }

    /**
     * A draft-ietf-idr-flowspec-redirect-ip community's target and C bit.
     */
    private record Redirect(@NonNull InetAddress target, boolean copy) {
        /**
         * Notes the community if it is a redirect to IP.
         *
         * @param community the community
         * @param into where a redirect is noted
         * @return the redirect, or null when the community is none
         */
        static @Nullable Redirect noted(final ExtendedCommunity community, final List<Redirect> into) {
            final Redirect redirect = community instanceof RedirectToIpv4 ipv4 ? new Redirect(ipv4.target(),
                ipv4.copy()) : community instanceof RedirectToIpv6 ipv6 ? new Redirect(ipv6.target(), ipv6.copy())
                : null;
            if (redirect != null) {
                into.add(redirect);
            }
            return redirect;
        }
    }
}
