/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.ActionChainOrdering;
import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.TrafficRatePackets;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.compile.CompiledRule;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Two actions of one category on an FSv2 rule whose action chain ordering forbids them (draft-ietf-idr-fsv2-ip-basic
 * section 4.5.1, the categories; section 4.5.5, AC-interaction 0, the default: "do not install actions with two
 * actions per category"). Such actions are not installed, and the rule's AC-failure (or the router's default)
 * decides whether the rest of the rule is: stop on failure makes it unsupported, continue on failure installs it
 * without them.
 *
 * <p>Two categories can hold two actions of a Flowsteer rule:
 * <ul>
 *   <li>traffic shaping: traffic-rate-bytes with traffic-rate-packets (RFC 8955 section 7.7 calls them interfering);
 *   <li>redirect: a redirect to an SR Policy segment list with any other redirect, or a redirect load-balancing group
 *       with a redirect to VRF or to an indirection-id. Combinations whose meaning a redirect draft defines are one
 *       redirect, not two: redirect to IP inside a redirect to VRF and ECMP over several redirect-to-IP communities
 *       (draft-ietf-idr-flowspec-redirect-ip), an indirection-id with an RFC 8955 redirect, which wins
 *       (draft-ietf-idr-flowspec-path-redirect section 6), a group with its compatibility redirect to IP
 *       (draft-wu-idr-flowspec-redirect-group section 6.1).
 * </ul>
 * Marking, sampling and terminal action are one community each, so they cannot hold two. FSv1 rules carry no action
 * chain ordering: for them RFC 8955 section 7.7 leaves interfering actions to the router.
 */
final class ActionCategories {
    private ActionCategories() {
        // utility class
    }

    /**
     * What the rule's action chain ordering forbids together.
     *
     * @param rule the rule
     * @return the shaping conflict first, then the redirect conflict; empty when none (or the rule is FSv1, or its
     *     AC-interaction is 1, local configuration)
     */
    static @NonNull Forbidden of(final @NonNull CompiledRule rule) {
        if (!(rule.nlri() instanceof Fsv2Nlri) || interaction(rule) != ActionChainOrdering.INTERACTION_DEFAULT) {
            return Forbidden.NONE;
        }
        boolean bytes = false;
        boolean packets = false;
        boolean vrf = false;
        boolean ip = false;
        boolean indirection = false;
        for (ExtendedCommunity community : rule.communities()) {
            if (community instanceof TrafficRateBytes) {
                bytes = true;
            } else if (community instanceof TrafficRatePackets) {
                packets = true;
            } else if (community instanceof RedirectToIndirectionId) {
                indirection = true;
            } else if (RuleResolver.routeTarget(community) != null) {
                vrf = true;
            } else if (RedirectToIpResolver.Target.of(community) != null) {
                ip = true;
            }
        }
        final boolean group = rule.redirectGroup() != null;
        final boolean segmentList = rule.srSegmentList() != null;
        final List<String> described = new ArrayList<>(2);
        final boolean shaping = bytes && packets;
        if (shaping) {
            described.add("traffic-rate-bytes with traffic-rate-packets");
        }
        final boolean redirect = segmentList && (group || vrf || ip || indirection) || group && (vrf || indirection);
        if (redirect) {
            final List<String> kinds = new ArrayList<>(5);
            if (segmentList) {
                kinds.add("redirect-to-sr-policy-segment-list");
            }
            if (group) {
                kinds.add("redirect-load-balancing-group");
            }
            if (vrf) {
                kinds.add("redirect-to-vrf");
            }
            if (ip && segmentList) {
                kinds.add("redirect-to-ip");
            }
            if (indirection) {
                kinds.add("redirect-to-indirection-id");
            }
            described.add(String.join(" with ", kinds));
        }
        return described.isEmpty() ? Forbidden.NONE : new Forbidden(shaping, redirect, List.copyOf(described));
    }

    private static int interaction(final CompiledRule rule) {
        for (ExtendedCommunity community : rule.communities()) {
            if (community instanceof ActionChainOrdering aco) {
                return aco.interaction();
            }
        }
        // no ACO: its default, AC-interaction 0
        return ActionChainOrdering.INTERACTION_DEFAULT;
    }

    /**
     * The actions a rule's action chain ordering forbids together.
     *
     * @param shaping both traffic rates are out
     * @param redirect every redirect of the rule is out
     * @param described each conflict, for the reason
     */
    record Forbidden(boolean shaping, boolean redirect, @NonNull List<String> described) {
        static final Forbidden NONE = new Forbidden(false, false, List.of());

        /**
         * The text of a reason.
         *
         * @return what is forbidden and why
         */
        String reason() {
            return "two actions of one category (" + String.join("; ", described) + "), which the rule's action"
                + " chain ordering forbids (AC-interaction 0, draft-ietf-idr-fsv2-ip-basic 4.5.1 and 4.5.5)";
        }
    }
}
