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
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.RuleVerdict;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

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
}
