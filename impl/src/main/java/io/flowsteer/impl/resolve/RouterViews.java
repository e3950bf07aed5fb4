/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.fsv2.Originator;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.IpAddressText;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.RedirectGroupPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.Vrf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.vrf.Route;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.BuiltIn;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.Custom;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePath;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.candidate.path.SegmentList;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.router.table.Entry;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.Target;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.MplsBindingSid;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.NextHops;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.SrPolicy;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Srv6BindingSid;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.target.target.Tunnel;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;

/**
 * Builds {@link RouterView}s from configuration (flowsteer-devices, flowsteer-indirection) and the unicast routes a
 * router's BGP session taught Flowsteer.
 */
public final class RouterViews {
    private static final String DEFAULT_VRF = "default";

    private RouterViews() {
        // utility class
    }

    /**
     * The view of one router.
     *
     * @param device the device's configuration
     * @param table its indirection-id table configuration, null when it has none
     * @param learned unicast routes learned over its BGP session (withdrawals, without next hop, are ignored)
     * @return the view
     */
    public static @NonNull RouterView of(final @NonNull Device device,
            final @Nullable RouterTable table,
            final @NonNull Collection<UnicastRoute> learned) {
        return of(device, table, learned, null);
    }

    /**
     * The view of one router whose configured indirection-id table may not be on it.
     *
     * @param device the device's configuration
     * @param table its indirection-id table configuration, null when it has none
     * @param learned unicast routes learned over its BGP session (withdrawals, without next hop, are ignored)
     * @param tableDoubt why the table and SR Policies are not known to be on the router (its last NETCONF push
     *     failed), or null; when set, the view has no indirection-id entries and no SR Policies
     * @return the view
     */
    public static @NonNull RouterView of(final @NonNull Device device,
            final @Nullable RouterTable table,
            final @NonNull Collection<UnicastRoute> learned, final @Nullable String tableDoubt) {
        final String name = device.getName() == null ? "" : device.getName().getValue();
        final CapabilityProfile profile = device.getCapabilityProfile();
        final Capabilities capabilities = capabilities(profile);
        final ActionFailure failure = profile == null || profile.getActionFailure() == null
            ? ActionFailure.StopOnFailure : profile.getActionFailure();
        final RedirectGroupPrecedence precedence = device.getRedirectGroupPrecedence() == null
            ? RedirectGroupPrecedence.SituationA : device.getRedirectGroupPrecedence();

        final List<RoutingTable.Route> global = new ArrayList<>();
        for (UnicastRoute route : learned) {
            if (route.nextHop() != null) {
                global.add(new RoutingTable.Route(RoutingTable.prefixAddress(route.prefix(), route.length()),
                    route.length(), List.of(route.nextHop())));
            }
        }
        final List<VrfTable> vrfs = new ArrayList<>();
        final var staticRoutes = device.getStaticRoutes();
        if (staticRoutes != null && staticRoutes.getVrf() != null) {
            for (Vrf vrf : staticRoutes.getVrf().values()) {
                final List<RoutingTable.Route> routes = routes(vrf.getRoute());
                if (DEFAULT_VRF.equals(vrf.getName())) {
                    global.addAll(routes);
                } else {
                    vrfs.add(new VrfTable(vrf.getName(), vrf.getRouteTarget(), RoutingTable.of(routes)));
                }
            }
        }
        return new RouterView(name, capabilities, failure, precedence, RoutingTable.of(global), vrfs,
            tableDoubt == null ? indirection(table) : IndirectionTable.EMPTY,
            tableDoubt == null ? srPolicies(device) : List.of(), tableDoubt);
    }

    /**
     * A router's capabilities, from its configuration.
     *
     * @param device the device's configuration
     * @return its capabilities: the built-in or custom profile, {@code full} without one
     */
    public static @NonNull Capabilities capabilities(final @NonNull Device device) {
        return capabilities(device.getCapabilityProfile());
    }

    private static Capabilities capabilities(final @Nullable CapabilityProfile profile) {
        final Capabilities base = profileCapabilities(profile);
        final var dialect = profile == null ? null : profile.getDialect();
        return dialect == null ? base : base.with(base.dialect().override(dialect.getRedirectToIpEncoding(),
            dialect.getRedirectToVrfIpv6CodePoint()));
    }

    private static Capabilities profileCapabilities(final @Nullable CapabilityProfile profile) {
        if (profile == null || profile.getProfile() == null) {
            return Capabilities.FULL;
        }
        if (profile.getProfile() instanceof Custom custom) {
            final var inner = custom.getCustom();
            return inner == null ? Capabilities.custom(null, null)
                : Capabilities.custom(inner.getRedirectToIp(), inner.getActions(), unmatchable(inner));
        }
        return Capabilities.builtIn(((BuiltIn) profile.getProfile()).getBuiltIn());
    }

    private static Set<ComponentType> unmatchable(
            final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Capabilities custom) {
        final var names = custom.getUnmatchableComponent();
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        final Set<ComponentType> out = EnumSet.noneOf(ComponentType.class);
        for (var name : names) {
            // the YANG enum names are the component names with dashes
            out.add(ComponentType.valueOf(name.getName().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        return out;
    }

    private static List<RoutingTable.Route> routes(final @Nullable Map<?, Route> routes) {
        final List<RoutingTable.Route> out = new ArrayList<>();
        if (routes == null) {
            return out;
        }
        for (Route route : routes.values()) {
            final String text = route.getPrefix().stringValue();
            final IpAddressText.Prefix prefix = IpAddressText.prefix(text);
            if (prefix == null) {
                throw new IllegalArgumentException(text + " is not an IP prefix");
            }
            final List<InetAddress> hops = new ArrayList<>();
            if (route.getNextHop() != null) {
                for (IpAddressNoZone hop : route.getNextHop()) {
                    hops.add(IpAddressText.parse(hop.stringValue()));
                }
            }
            if (!hops.isEmpty()) {
                out.add(new RoutingTable.Route(RoutingTable.prefixAddress(prefix.address(), prefix.length()),
                    prefix.length(), hops));
            }
        }
        return out;
    }

    private static IndirectionTable indirection(
            final @Nullable RouterTable table) {
        if (table == null || table.getEntry() == null) {
            return IndirectionTable.EMPTY;
        }
        final List<IndirectionEntry> entries = new ArrayList<>();
        for (Entry entry : table.getEntry().values()) {
            final IndirectionTarget target = target(entry.getTarget());
            if (target != null) {
                entries.add(new IndirectionEntry(new IndirectionKey(idType(entry.getIdType()),
                    entry.getId().toJava()), entry.getDescription(), target));
            }
        }
        return IndirectionTable.of(entries);
    }

    private static @Nullable IndirectionTarget target(final @Nullable Target target) {
        if (target instanceof NextHops hops && hops.getNextHop() != null && !hops.getNextHop().isEmpty()) {
            return new IndirectionTarget.NextHops(hops.getNextHop().stream()
                .map(hop -> IpAddressText.parse(hop.stringValue())).toList());
        }
        if (target instanceof MplsBindingSid mpls && mpls.getMplsLabel() != null) {
            return new IndirectionTarget.MplsBindingSid(mpls.getMplsLabel().toJava());
        }
        if (target instanceof Srv6BindingSid srv6 && srv6.getSrv6Sid() != null
                && IpAddressText.parse(srv6.getSrv6Sid().getValue()) instanceof Inet6Address sid) {
            return new IndirectionTarget.Srv6BindingSid(sid);
        }
        if (target instanceof SrPolicy policy && policy.getSrPolicy() != null) {
            return new IndirectionTarget.SrPolicy(policy.getSrPolicy().getColor().toJava(),
                IpAddressText.parse(policy.getSrPolicy().getEndpoint().stringValue()));
        }
        if (target instanceof Tunnel tunnel && tunnel.getTunnelName() != null) {
            return new IndirectionTarget.Tunnel(tunnel.getTunnelName());
        }
        return null;
    }

    private static List<SrPolicyView> srPolicies(final Device device) {
        final var container = device.getSrPolicies();
        if (container == null || container.getSrPolicy() == null) {
            return List.of();
        }
        final List<SrPolicyView> out = new ArrayList<>();
        for (var policy : container.getSrPolicy().values()) {
            final List<SrPolicyView.CandidatePath> paths = new ArrayList<>();
            if (policy.getCandidatePath() != null) {
                for (CandidatePath path : policy.getCandidatePath().values()) {
                    paths.add(candidatePath(path));
                }
            }
            out.add(new SrPolicyView(policy.getColor().toJava(),
                IpAddressText.parse(policy.getEndpoint().stringValue()),
                policy.getBindingSid() == null ? null : policy.getBindingSid().toJava(), paths));
        }
        return out;
    }

    private static SrPolicyView.CandidatePath candidatePath(final CandidatePath path) {
        final List<SrPolicyView.SegmentList> lists = new ArrayList<>();
        if (path.getSegmentList() != null) {
            for (SegmentList list : path.getSegmentList().values()) {
                lists.add(new SrPolicyView.SegmentList(list.getId().toJava(),
                    list.getWeight() == null ? 1 : list.getWeight().toJava(),
                    !Boolean.FALSE.equals(list.getValid()),
                    list.getSegment() == null ? List.of() : list.getSegment()));
            }
        }
        final long asn = path.getOriginatorAsn() == null ? 0 : path.getOriginatorAsn().toJava();
        return new SrPolicyView.CandidatePath(protocolOrigin(path.getProtocolOrigin()), asn,
            originator(asn, path.getOriginatorAddress()), path.getDiscriminator().toJava(),
            path.getPreference() == null ? 100 : path.getPreference().toJava(),
            !Boolean.FALSE.equals(path.getValid()), lists);
    }

    private static Inet6Address originator(final long asn, final @Nullable IpAddressNoZone address) {
        final InetAddress node = address == null ? IpAddressText.parse("0.0.0.0") : IpAddressText.parse(
            address.stringValue());
        if (node instanceof Inet4Address ipv4) {
            return Originator.ofIpv4(asn, ipv4).nodeAddress();
        }
        if (node instanceof Inet6Address ipv6) {
            return ipv6;
        }
        throw new IllegalStateException("an address is IPv4 or IPv6: " + node);
    }

    static long protocolOrigin(final @Nullable SrProtocolOrigin origin) {
        if (origin == null) {
            return 0;
        }
        return origin.getEnumeration() != null ? origin.getEnumeration().getIntValue() : origin.getUint32().toJava();
    }

    static int idType(final IndirectionIdType type) {
        return type.getEnumeration() != null ? type.getEnumeration().getIntValue() : type.getUint8().toJava();
    }
}
