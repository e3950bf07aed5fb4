/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.compile;

import io.flowsteer.api.community.ActionChainOrdering;
import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.community.RedirectToVrfAs2;
import io.flowsteer.api.community.RedirectToVrfAs4;
import io.flowsteer.api.community.RedirectToVrfIpv4;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.community.TrafficMarking;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.TrafficRatePackets;
import io.flowsteer.api.community.fsv2.Originator;
import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.community.wide.RedirectPath;
import io.flowsteer.api.wire.IpAddressText;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.FlowspecVersion;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Rate;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectLoadBalancingGroup;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToIp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToSrPolicySegmentList;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.RedirectToVrf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.load.balancing.group.Path;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.indirection.id.IndirectionId;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.redirect.to.ip.Target;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.As2;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.As4;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.Ipv4;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.route.target.route.target.Ipv6;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.Actions;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;

/**
 * The actions of a rule in the wire model: RFC 8955 section 7 (traffic-rate, traffic-action, redirect to VRF,
 * traffic-marking), redirect to IP (draft-ietf-idr-flowspec-redirect-ip, IPv4 form and RFC 5701 IPv6 form),
 * redirect to indirection-id (draft-ietf-idr-flowspec-path-redirect section 4), the Action Chain Ordering community
 * (draft-ietf-idr-fsv2-ip-basic section 4.5.5), the Redirect Load Balancing Group
 * (draft-wu-idr-flowspec-redirect-group section 2) and the SR segment list action
 * (draft-liu-idr-flowspec-redirect-sr-segment-list section 2).
 */
final class ActionCompiler {
    private static final String ACTIONS = "actions/";
    private static final int MAX_SEQUENCE_ID = 15;

    private final Problems problems;
    private final boolean fsv2;
    private final List<ExtendedCommunity> communities = new ArrayList<>();

    private ActionCompiler(final Problems problems, final FlowspecVersion version) {
        this.problems = problems;
        fsv2 = version == FlowspecVersion.Fsv2;
    }

    /**
     * Compiles the actions of a rule.
     *
     * @param problems where errors go
     * @param version the rule's version
     * @param actions the actions
     * @return the actions in the wire model; fields with errors are left out
     */
    static @NonNull CompiledActions compile(final @NonNull Problems problems, final @NonNull FlowspecVersion version,
            final @NonNull Actions actions) {
        return new ActionCompiler(problems, version).compile(actions);
    }

    private CompiledActions compile(final Actions actions) {
        final var bytes = actions.getTrafficRateBytes();
        if (bytes != null) {
            rate("traffic-rate-bytes", bytes, (id, rate) -> new TrafficRateBytes(id, rate));
        }
        final var packets = actions.getTrafficRatePackets();
        if (packets != null) {
            rate("traffic-rate-packets", packets, (id, rate) -> new TrafficRatePackets(id, rate));
        }
        final var trafficAction = actions.getTrafficAction();
        if (trafficAction != null) {
            communities.add(new TrafficAction(Boolean.TRUE.equals(trafficAction.getSample()),
                Boolean.TRUE.equals(trafficAction.getTerminal())));
        }
        final var vrf = actions.getRedirectToVrf();
        if (vrf != null) {
            redirectToVrf(vrf);
        }
        final var marking = actions.getTrafficMarking();
        if (marking != null) {
            if (marking.getDscp() == null) {
                problems.add(ACTIONS + "traffic-marking/dscp", "is missing");
            } else {
                communities.add(new TrafficMarking(marking.getDscp().getValue().toJava()));
            }
        }
        final var redirectToIp = actions.getRedirectToIp();
        if (redirectToIp != null) {
            redirectToIp(redirectToIp);
        }
        final var indirection = actions.getRedirectToIndirectionId();
        if (indirection != null) {
            redirectToIndirectionIds(indirection.getIndirectionId());
        }
        final var aco = actions.getActionChainOrdering();
        if (aco != null) {
            if (fsv2) {
                communities.add(new ActionChainOrdering(
                    aco.getInteraction() == null ? ActionChainOrdering.INTERACTION_DEFAULT
                        : aco.getInteraction().getIntValue(),
                    aco.getFailure() == null ? ActionChainOrdering.FAILURE_STOP : aco.getFailure().getIntValue()));
            } else {
                problems.add(ACTIONS + "action-chain-ordering",
                    "is an FSv2 action (draft-ietf-idr-fsv2-ip-basic section 4.5.5) but the rule's version is fsv1");
            }
        }
        final var group = actions.getRedirectLoadBalancingGroup();
        final RedirectGroupCommunity redirectGroup = group == null ? null : redirectGroup(group);
        final var segmentList = actions.getRedirectToSrPolicySegmentList();
        final SrSegmentListAction srSegmentList = segmentList == null ? null : srSegmentList(segmentList);
        return new CompiledActions(communities, redirectGroup, srSegmentList);
    }

    private interface RateFactory {
        ExtendedCommunity create(int id, float rate);
    }

    private void rate(final String name, final Rate rate, final RateFactory factory) {
        final String field = ACTIONS + name;
        if (rate.getRate() == null) {
            problems.add(field + "/rate", "is missing");
            return;
        }
        final int id = rate.getId() == null ? 0 : rate.getId().toJava();
        communities.add(factory.create(id, rate.getRate().floatValue()));
    }

    private void redirectToVrf(final RedirectToVrf vrf) {
        final String field = ACTIONS + "redirect-to-vrf";
        final var target = vrf.getRouteTarget();
        if (target instanceof As2 as2) {
            communities.add(new RedirectToVrfAs2(as2.getAs2Administrator().toJava(),
                as2.getAs2AssignedNumber().toJava()));
        } else if (target instanceof Ipv4 ipv4) {
            if (IpAddressText.parse(ipv4.getIpv4Administrator().getValue()) instanceof Inet4Address address) {
                communities.add(new RedirectToVrfIpv4(address, ipv4.getIpv4AssignedNumber().toJava()));
            } else {
                problems.add(field + "/ipv4-administrator", "is not an IPv4 address");
            }
        } else if (target instanceof As4 as4) {
            communities.add(new RedirectToVrfAs4(as4.getAs4Administrator().toJava(),
                as4.getAs4AssignedNumber().toJava()));
        } else if (target instanceof Ipv6 ipv6) {
            // RFC 8956 section 6.1; a router on the older code point gets it moved there (FlowspecRoutes)
            if (IpAddressText.parse(ipv6.getIpv6Administrator().getValue()) instanceof Inet6Address address) {
                communities.add(new RedirectToVrfIpv6(address, ipv6.getIpv6AssignedNumber().toJava()));
            } else {
                problems.add(field + "/ipv6-administrator", "is not an IPv6 address");
            }
        } else {
            problems.add(field, "has no route target");
        }
    }

    private void redirectToIp(final RedirectToIp redirect) {
        final Map<?, Target> targets = redirect.getTarget();
        if (targets == null || targets.isEmpty()) {
            problems.add(ACTIONS + "redirect-to-ip/target", "is empty: give at least one target");
            return;
        }
        final List<Target> ordered = new ArrayList<>(targets.values());
        ordered.sort(Comparator.comparing(target -> target.getAddress().stringValue()));
        for (Target target : ordered) {
            final String field = ACTIONS + "redirect-to-ip/target[address=" + target.getAddress().stringValue() + "]";
            final InetAddress address = unicast(field + "/address", target.getAddress());
            if (address == null) {
                continue;
            }
            final boolean copy = Boolean.TRUE.equals(target.getCopy());
            if (address instanceof Inet4Address ipv4) {
                communities.add(new RedirectToIpv4(ipv4, copy));
            } else if (address instanceof Inet6Address ipv6) {
                communities.add(new RedirectToIpv6(ipv6, copy));
            }
        }
    }

    private void redirectToIndirectionIds(final @Nullable Map<?, IndirectionId> ids) {
        if (ids == null || ids.isEmpty()) {
            problems.add(ACTIONS + "redirect-to-indirection-id/indirection-id", "is empty: give at least one");
            return;
        }
        final List<IndirectionId> ordered = new ArrayList<>(ids.values());
        ordered.sort(Comparator.<IndirectionId>comparingInt(id -> sequenceId(id))
            .thenComparingInt(id -> idType(id.getIdType()))
            .thenComparingLong(id -> id.getId().toJava()));
        final Map<Integer, String> bySequence = new HashMap<>();
        for (IndirectionId id : ordered) {
            final String key = "indirection-id[id-type=" + idTypeText(id.getIdType()) + "][id=" + id.getId() + "]";
            final String field = ACTIONS + "redirect-to-indirection-id/" + key;
            final int sequence = sequenceId(id);
            if (sequence > MAX_SEQUENCE_ID) {
                problems.add(field + "/sequence-id", sequence + " does not fit the 4-bit S-ID field (0..15)");
                continue;
            }
            final String previous = bySequence.putIfAbsent(sequence, key);
            if (previous != null) {
                problems.add(field + "/sequence-id", sequence + " is already used by " + previous
                    + ": a rule carries at most one indirection-id per sequence id");
                continue;
            }
            communities.add(new RedirectToIndirectionId(sequence, Boolean.TRUE.equals(id.getCopy()),
                idType(id.getIdType()), id.getId().toJava()));
        }
    }

    private @Nullable RedirectGroupCommunity redirectGroup(final RedirectLoadBalancingGroup group) {
        final String base = ACTIONS + "redirect-load-balancing-group/path";
        final Map<?, Path> paths = group.getPath();
        if (paths == null || paths.isEmpty()) {
            problems.add(base, "is empty: give at least one path");
            return null;
        }
        final List<Path> ordered = new ArrayList<>(paths.values());
        ordered.sort(Comparator.comparingInt(path -> path.getId().toJava()));
        final long weighted = ordered.stream().filter(path -> path.getWeight() != null).count();
        if (weighted != 0 && weighted != ordered.size()) {
            problems.add(base, "has a weight on " + weighted + " of " + ordered.size()
                + " paths: give every path a weight for UCMP or none for ECMP (draft-wu-idr-flowspec-redirect-group"
                + " section 3), otherwise the weights are ignored");
        }
        final List<RedirectPath> wire = new ArrayList<>(ordered.size());
        final Map<String, Integer> seen = new HashMap<>();
        for (Path path : ordered) {
            final String field = base + "[id=" + path.getId() + "]";
            final InetAddress endpoint = unicast(field + "/endpoint", path.getEndpoint());
            if (endpoint == null) {
                continue;
            }
            final OptionalLong color = path.getColor() == null ? OptionalLong.empty()
                : OptionalLong.of(path.getColor().toJava());
            final int weight = path.getWeight() == null ? 0 : path.getWeight().toJava();
            if (path.getWeight() != null && weight == 0) {
                problems.add(field + "/weight", "0 is not a valid weight (1..255)");
                continue;
            }
            final String identity = endpoint.getHostAddress() + " color " + color;
            final Integer other = seen.putIfAbsent(identity, (int) path.getId().toJava());
            if (other != null) {
                problems.add(field, "repeats the endpoint and color of path " + other);
                continue;
            }
            wire.add(RedirectPath.of(endpoint, color, path.getWeight() == null ? OptionalInt.empty()
                : OptionalInt.of(weight)));
        }
        return new RedirectGroupCommunity(false, false, 0, 0, wire, List.of());
    }

    private @Nullable SrSegmentListAction srSegmentList(final RedirectToSrPolicySegmentList action) {
        final String field = ACTIONS + "redirect-to-sr-policy-segment-list";
        if (!fsv2) {
            problems.add(field, "is an FSv2 action (draft-liu-idr-flowspec-redirect-sr-segment-list section 2)"
                + " but the rule's version is fsv1");
            return null;
        }
        if (action.getColor() == null || action.getColor().toJava() == 0) {
            problems.add(field + "/color", "must be a non-zero 32-bit value");
            return null;
        }
        if (action.getSegmentListId() == null || action.getSegmentListId().toJava() == 0) {
            problems.add(field + "/segment-list-id", "0 is reserved");
            return null;
        }
        if (action.getEndpoint() == null || action.getProtocolOrigin() == null || action.getDiscriminator() == null) {
            problems.add(field, "needs endpoint, protocol-origin and discriminator");
            return null;
        }
        final InetAddress endpoint = unicast(field + "/endpoint", action.getEndpoint());
        if (endpoint == null) {
            return null;
        }
        final var originatorLeaf = action.getOriginator();
        final long asn = originatorLeaf == null || originatorLeaf.getAsn() == null ? 0
            : originatorLeaf.getAsn().toJava();
        final InetAddress node = originatorLeaf == null || originatorLeaf.getAddress() == null
            ? IpAddressText.parse("0.0.0.0")
            : IpAddressText.parse(originatorLeaf.getAddress().stringValue());
        final Originator originator;
        if (node instanceof Inet4Address ipv4) {
            originator = problems.build(field + "/originator", () -> Originator.ofIpv4(asn, ipv4));
        } else if (node instanceof Inet6Address ipv6) {
            originator = problems.build(field + "/originator", () -> new Originator(asn, ipv6));
        } else {
            originator = null;
        }
        if (originator == null) {
            return null;
        }
        return problems.build(field, () -> new SrSegmentListAction(Boolean.TRUE.equals(action.getFallback()),
            Boolean.TRUE.equals(action.getRecovery()), action.getColor().toJava(), endpoint,
            protocolOrigin(action.getProtocolOrigin()), originator, action.getDiscriminator().toJava(),
            action.getSegmentListId().toJava()));
    }

    private @Nullable InetAddress unicast(final String field, final @Nullable IpAddressNoZone leaf) {
        if (leaf == null) {
            problems.add(field, "is missing");
            return null;
        }
        final InetAddress address = IpAddressText.parse(leaf.stringValue());
        final String reason = notUnicast(address);
        if (reason != null) {
            problems.add(field, leaf.stringValue() + " " + reason);
            return null;
        }
        return address;
    }

    /**
     * Why an address cannot be a redirect or tunnel destination, if it cannot: it must be a unicast address, not
     * unspecified, loopback, multicast or the IPv4 limited broadcast address (RFC 1122 section 3.2.1.3, RFC 4291
     * section 2.4).
     */
    private static @Nullable String notUnicast(final InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "is the unspecified address, not a unicast address";
        }
        if (address.isMulticastAddress()) {
            return "is a multicast address, not a unicast address";
        }
        if (address.isLoopbackAddress()) {
            return "is a loopback address, not a routable unicast address";
        }
        final byte[] octets = address.getAddress();
        if (octets.length == 4 && (octets[0] & octets[1] & octets[2] & octets[3]) == (byte) 0xff) {
            return "is the limited broadcast address, not a unicast address";
        }
        return null;
    }

    private static int sequenceId(final IndirectionId id) {
        return id.getSequenceId() == null ? 0 : id.getSequenceId().toJava();
    }

    private static int idType(final IndirectionIdType type) {
        return type.getEnumeration() != null ? type.getEnumeration().getIntValue() : type.getUint8().toJava();
    }

    private static String idTypeText(final IndirectionIdType type) {
        return type.getEnumeration() != null ? type.getEnumeration().getName() : type.getUint8().toString();
    }

    private static long protocolOrigin(final SrProtocolOrigin origin) {
        return origin.getEnumeration() != null ? origin.getEnumeration().getIntValue() : origin.getUint32().toJava();
    }
}
