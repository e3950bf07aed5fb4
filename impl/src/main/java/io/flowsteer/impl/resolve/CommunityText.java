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
import io.flowsteer.api.community.InterfaceSet;
import io.flowsteer.api.community.Ipv6ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.RedirectToIpNextHop;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.community.RedirectToVrfAs2;
import io.flowsteer.api.community.RedirectToVrfAs4;
import io.flowsteer.api.community.RedirectToVrfIpv4;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.community.RegularExtendedCommunity;
import io.flowsteer.api.community.SfcClassifier;
import io.flowsteer.api.community.SfcMplsMixedLabels;
import io.flowsteer.api.community.SfirPoolIdentifier;
import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.community.TrafficMarking;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.TrafficRatePackets;
import io.flowsteer.api.community.UnknownExtendedCommunity;
import io.flowsteer.api.community.UnknownIpv6ExtendedCommunity;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.community.wide.RedirectPath;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The actions of a rule as Flowsteer sends them, in the words an operator reads: the action and its values, never
 * the Java form. Where {@link RuleResolver} says what one router does with a rule, this says what the rule asks
 * for, whatever the router.
 *
 * <ul>
 *   <li>traffic-rate-bytes and traffic-rate-packets, RFC 8955 sections 7.1 and 7.2;</li>
 *   <li>traffic-action, RFC 8955 section 7.3;</li>
 *   <li>redirect to VRF, RFC 8955 section 7.4 (route target forms of RFC 4360 sections 3.1 and 3.2 and RFC 5668
 *       section 2) and RFC 8956 section 6.1 (IPv6 address specific route target);</li>
 *   <li>traffic-marking, RFC 8955 section 7.5;</li>
 *   <li>redirect to IP, draft-ietf-idr-flowspec-redirect-ip section 3 (IPv4 and RFC 5701 IPv6 forms), and redirect
 *       to the route's IP next hop, draft-simpson-idr-flowspec-redirect section 3;</li>
 *   <li>redirect to indirection-id, draft-ietf-idr-flowspec-path-redirect section 4;</li>
 *   <li>Action Chain Ordering, draft-ietf-idr-fsv2-ip-basic section 4.5.5;</li>
 *   <li>interface-set, draft-ietf-idr-flowspec-interfaceset section 4;</li>
 *   <li>SFC classifier, SFIR pool identifier and MPLS mixed swapping/stacking labels, RFC 9015;</li>
 *   <li>communities Flowsteer does not interpret, RFC 4360 section 2 and RFC 5701 section 2;</li>
 *   <li>the Redirect Load Balancing Group, draft-wu-idr-flowspec-redirect-group sections 2 and 3;</li>
 *   <li>redirect to SR Policy segment list, draft-liu-idr-flowspec-redirect-sr-segment-list section 3.</li>
 * </ul>
 */
public final class CommunityText {
    private static final String COPY = " (original forwarded as usual)";

    private CommunityText() {
        // utility class
    }

    /**
     * One extended community.
     *
     * @param community the community
     * @return e.g. {@code redirect to indirection-id (localised-id, 100), sequence 1}
     */
    public static @NonNull String community(final @NonNull ExtendedCommunity community) {
        // ExtendedCommunity is sealed: these are its two kinds, and each helper below names every kind of its own
        if (community instanceof RegularExtendedCommunity regular) {
            return regular(regular);
        } else if (community instanceof Ipv6ExtendedCommunity ipv6) {
            return ipv6(ipv6);
        }
        return unnamed();
    }

    /**
     * The Redirect Load Balancing Group, draft-wu-idr-flowspec-redirect-group: its paths in order, ECMP unless every
     * path is weighted, then UCMP by weight (section 3). A path with a color is an SR Policy of that color and
     * endpoint (section 2.3).
     *
     * @param group the group
     * @return e.g. {@code redirect to load-balancing group UCMP: 198.51.100.5 weight 3, 203.0.113.5 weight 1}
     */
    public static @NonNull String group(final @NonNull RedirectGroupCommunity group) {
        if (group.paths().isEmpty()) {
            return "redirect to load-balancing group without paths";
        }
        final boolean ucmp = group.unequalCost();
        final List<String> paths = new ArrayList<>(group.paths().size());
        for (RedirectPath path : group.paths()) {
            paths.add(AddressText.text(path.endpoint())
                + (path.color().isPresent() ? " color " + path.color().getAsLong() : "")
                + (path.weight().isPresent() ? " weight " + path.weight().getAsInt() : ""));
        }
        final int others = group.otherTlvs().size();
        return "redirect to load-balancing group " + (ucmp ? "UCMP" : "ECMP")
            + (!ucmp && group.paths().stream().anyMatch(RedirectPath::weighted)
                ? " (weights ignored: not every path has one)" : "")
            + ": " + RuleWork.list(paths)
            + (others == 0 ? "" : "; " + others + " other wide community TLV" + (others == 1 ? "" : "s")
                + " sent unchanged");
    }

    /**
     * The redirect to SR Policy segment list action, draft-liu-idr-flowspec-redirect-sr-segment-list section 3:
     * the policy, the candidate path and the segment list traffic is pinned to, what happens when the list fails
     * (F flag, section 3.2) and when it recovers (R flag and the local revert timer, section 3.3).
     *
     * @param action the action
     * @param revertSeconds the local revert timer, in seconds
     * @return e.g. {@code redirect to SR Policy (color 10, endpoint 192.0.2.9) segment list 2 of candidate path
     *     (origin 30, originator 65000/192.0.2.250, discriminator 7), falls back to the SR Policy if the list fails,
     *     re-pins 30 s after it recovers}
     */
    public static @NonNull String segmentList(final @NonNull SrSegmentListAction action, final int revertSeconds) {
        final String recovery;
        if (!action.recovery()) {
            recovery = "does not re-pin by itself when it recovers";
        } else if (revertSeconds == 0) {
            recovery = "re-pins as soon as it recovers";
        } else {
            recovery = "re-pins " + revertSeconds + " s after it recovers";
        }
        return "redirect to " + SrPolicyView.describe(action.color(), action.endpoint()) + " segment list "
            + action.segmentListId() + " of candidate path " + SrPolicyView.describePath(action.protocolOrigin(),
                action.originator().asn(), action.originator().nodeAddress(), action.discriminator())
            + (action.fallback() ? ", falls back to the SR Policy if the list fails"
                : ", no fallback if the list fails")
            + ", " + recovery;
    }

    private static String regular(final RegularExtendedCommunity community) {
        if (community instanceof TrafficRateBytes rate) {
            return rate("bytes/s", rate.rate(), rate.asNumber());
        } else if (community instanceof TrafficRatePackets rate) {
            return rate("packets/s", rate.rate(), rate.asNumber());
        } else if (community instanceof TrafficAction action) {
            return trafficAction(action);
        } else if (community instanceof RedirectToVrfAs2 || community instanceof RedirectToVrfIpv4) {
            return vrf(community, "");
        } else if (community instanceof RedirectToVrfAs4) {
            return vrf(community, " (4-octet AS form)");
        } else if (community instanceof TrafficMarking marking) {
            return "traffic-marking DSCP " + marking.dscp();
        } else if (community instanceof RedirectToIpv4 redirect) {
            return redirectToIp(redirect.target(), redirect.copy());
        } else if (community instanceof RedirectToIpNextHop redirect) {
            return (redirect.copy() ? "redirect a copy" : "redirect") + " to the IP next hop of the route"
                + (redirect.copy() ? COPY : "");
        } else if (community instanceof RedirectToIndirectionId redirect) {
            return indirection(redirect);
        } else if (community instanceof ActionChainOrdering aco) {
            return actionChainOrdering(aco);
        } else if (community instanceof InterfaceSet set) {
            return interfaceSet(set);
        } else if (community instanceof SfcClassifier sfc) {
            return "SFC classifier: service path " + sfc.servicePathId() + ", service index " + sfc.serviceIndex()
                + ", service function type " + sfc.serviceFunctionType();
        } else if (community instanceof SfirPoolIdentifier pool) {
            return "SFIR pool identifier " + pool.poolId();
        } else if (community instanceof SfcMplsMixedLabels labels) {
            return "SFC MPLS mixed swapping/stacking labels 0x" + String.format(Locale.ROOT, "%012x", labels.value());
        } else if (community instanceof UnknownExtendedCommunity unknown) {
            return "unknown extended community " + typeAndSubType(unknown.type(), unknown.subType());
        }
        return unnamed();
    }

    private static String ipv6(final Ipv6ExtendedCommunity community) {
        if (community instanceof RedirectToIpv6 redirect) {
            return redirectToIp(redirect.target(), redirect.copy());
        } else if (community instanceof RedirectToVrfIpv6 vrf) {
            return vrf(community, vrf.codePoint() == RedirectToVrfIpv6.CodePoint.RFC_8956 ? ""
                : " (at the code point before RFC 8956, type 0x80, sub-type 0x0b)");
        } else if (community instanceof UnknownIpv6ExtendedCommunity unknown) {
            return "unknown IPv6 address specific extended community "
                + typeAndSubType(unknown.octets().get(0), unknown.octets().get(1));
        }
        return unnamed();
    }

    /**
     * A community of a kind added to the sealed hierarchy after this class was written; CommunityTextTest fails
     * until it is named here.
     */
    private static String unnamed() {
        return "extended community of a kind this console does not name yet (see its octets)";
    }

    /**
     * traffic-rate-bytes and traffic-rate-packets, RFC 8955 sections 7.1 and 7.2: a rate of 0 discards the traffic;
     * the 2-octet id is informational.
     */
    private static String rate(final String unit, final float rate, final int id) {
        final String value;
        if (Float.isInfinite(rate)) {
            value = "unlimited " + unit;
        } else {
            value = RuleResolver.number(rate) + " " + unit + (rate == 0 ? " (discard)" : "");
        }
        return "traffic-rate " + value + (id == 0 ? "" : ", id " + id);
    }

    /**
     * traffic-action, RFC 8955 section 7.3: S samples and logs; T set lets later rules apply too, T clear stops
     * the evaluation at this rule.
     */
    private static String trafficAction(final TrafficAction action) {
        return "traffic-action: " + (action.sample() ? "sample and log" : "no sampling") + ", "
            + (action.terminal() ? "continue with later rules" : "stop at this rule");
    }

    /**
     * Redirect to VRF, RFC 8955 section 7.4 and RFC 8956 section 6.1: into the VRF that imports the route target,
     * written as the devices configuration writes it.
     */
    private static String vrf(final ExtendedCommunity community, final String form) {
        return "redirect to VRF importing route target " + RuleResolver.routeTarget(community) + form;
    }

    /**
     * Redirect to IP, draft-ietf-idr-flowspec-redirect-ip section 3: C redirects a copy.
     */
    private static String redirectToIp(final InetAddress target, final boolean copy) {
        return (copy ? "redirect a copy" : "redirect") + " to IP " + AddressText.text(target) + (copy ? COPY : "");
    }

    /**
     * Redirect to indirection-id, draft-ietf-idr-flowspec-path-redirect section 4: ID-Type and id, S-ID (0: not
     * sequenced) and C (copy).
     */
    private static String indirection(final RedirectToIndirectionId redirect) {
        return (redirect.copy() ? "redirect a copy" : "redirect") + " to indirection-id "
            + IndirectionResolver.name(redirect)
            + (redirect.sequenceId() == 0 ? ", not sequenced" : ", sequence " + redirect.sequenceId())
            + (redirect.copy() ? COPY : "");
    }

    /**
     * Action Chain Ordering, draft-ietf-idr-fsv2-ip-basic section 4.5.5: AC-interaction and AC-Failure, values the
     * draft does not define shown as numbers.
     */
    private static String actionChainOrdering(final ActionChainOrdering aco) {
        final String interaction = switch (aco.interaction()) {
            case ActionChainOrdering.INTERACTION_DEFAULT -> "one action per category";
            case ActionChainOrdering.INTERACTION_LOCAL_CONFIG -> "two actions per category if configured locally";
            default -> "AC-interaction " + aco.interaction() + " (not defined)";
        };
        final String failure = switch (aco.failure()) {
            case ActionChainOrdering.FAILURE_STOP -> "stop on failure";
            case ActionChainOrdering.FAILURE_CONTINUE -> "continue on failure";
            default -> "AC-failure " + aco.failure() + " (not defined)";
        };
        return "action chain ordering: " + interaction + ", " + failure;
    }

    /**
     * interface-set, draft-ietf-idr-flowspec-interfaceset section 4: the interface group of an AS, and the
     * directions (I inbound, O outbound) the rule applies to.
     */
    private static String interfaceSet(final InterfaceSet set) {
        final String direction;
        if (set.inbound() && set.outbound()) {
            direction = "inbound and outbound";
        } else if (set.inbound()) {
            direction = "inbound";
        } else if (set.outbound()) {
            direction = "outbound";
        } else {
            direction = "no direction set";
        }
        return "interface-set group " + set.groupId() + " of AS " + set.asNumber() + ", " + direction;
    }

    private static String typeAndSubType(final int type, final int subType) {
        return String.format(Locale.ROOT, "type 0x%02x, sub-type 0x%02x", type, subType);
    }
}
