/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil.ipAddressNoZoneFor;

import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.wire.IpAddressText;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.capabilities.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.capabilities.RedirectToIpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.SrPoliciesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.StaticRoutesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.Vrf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.VrfBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.vrf.Route;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device._static.routes.vrf.RouteBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.BuiltInBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.CustomBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.SrPolicy;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.SrPolicyBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePath;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePathBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.candidate.path.SegmentList;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.candidate.path.SegmentListBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.SrProtocolOrigin;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IetfInetUtil;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * Routers for resolver tests, configured as an operator would through flowsteer-devices.
 */
final class Routers {
    private Routers() {
        // utility class
    }

    static DeviceBuilder builtIn(final String name, final BuiltInProfile profile) {
        return new DeviceBuilder().setName(new DeviceRef(name)).setCapabilityProfile(new CapabilityProfileBuilder()
            .setProfile(new BuiltInBuilder().setBuiltIn(profile).build()).build());
    }

    static DeviceBuilder custom(final String name, final RedirectToIpBuilder redirectToIp,
            final ActionsBuilder actions, final ActionFailure failure) {
        return new DeviceBuilder().setName(new DeviceRef(name)).setCapabilityProfile(new CapabilityProfileBuilder()
            .setActionFailure(failure)
            .setProfile(new CustomBuilder().setCustom(new org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices
                .rev261125.devices.device.capability.profile.profile.custom.CustomBuilder()
                .setRedirectToIp(redirectToIp.build()).setActions(actions.build()).build()).build()).build());
    }

    /** All nine redirect-to-IP rows on; callers switch rows off. */
    static RedirectToIpBuilder allRedirectToIp() {
        return new RedirectToIpBuilder().setIpv4Community(true).setIpv6Community(true).setRedirect(true)
            .setCopy(true).setValidation(true).setLongestPrefixMatch(true).setBestPathEcmp(true)
            .setMultipleCommunitiesEcmp(true).setInRedirectToVrf(true);
    }

    /** All actions on; callers switch actions off. */
    static ActionsBuilder allActions() {
        return new ActionsBuilder().setRedirectToIndirectionId(true).setRedirectLoadBalancingGroup(true)
            .setRedirectToSrPolicySegmentList(true).setFsv2(true);
    }

    static Vrf vrf(final String name, final String routeTarget, final String prefix, final String... nextHops) {
        return new VrfBuilder().setName(name).setRouteTarget(routeTarget).setRoute(BindingMap.of(route(prefix,
            nextHops))).build();
    }

    static Route route(final String prefix, final String... nextHops) {
        return new RouteBuilder().setPrefix(IetfInetUtil.ipPrefixFor(prefix))
            .setNextHop(Set.copyOf(Arrays.stream(nextHops).map(hop -> ipAddressNoZoneFor(hop)).toList())).build();
    }

    static StaticRoutesBuilder staticRoutes(final Vrf... vrfs) {
        return new StaticRoutesBuilder().setVrf(BindingMap.of(List.of(vrfs)));
    }

    static SegmentList segmentList(final long id, final boolean valid, final String... segments) {
        return new SegmentListBuilder().setId(Uint32.valueOf(id)).setValid(valid).setSegment(List.of(segments))
            .build();
    }

    static CandidatePath candidatePath(final long discriminator, final long preference, final boolean valid,
            final SegmentList... lists) {
        return new CandidatePathBuilder().setProtocolOrigin(new SrProtocolOrigin(SrProtocolOrigin.Enumeration
            .Configuration)).setOriginatorAsn(Uint32.valueOf(65000))
            .setOriginatorAddress(ipAddressNoZoneFor("192.0.2.250")).setDiscriminator(Uint32.valueOf(discriminator))
            .setPreference(Uint32.valueOf(preference)).setValid(valid).setSegmentList(BindingMap.of(List.of(lists)))
            .build();
    }

    static SrPolicy srPolicy(final long color, final String endpoint, final CandidatePath... paths) {
        return new SrPolicyBuilder().setColor(Uint32.valueOf(color)).setEndpoint(ipAddressNoZoneFor(endpoint))
            .setCandidatePath(BindingMap.of(List.of(paths))).build();
    }

    static SrPoliciesBuilder srPolicies(final SrPolicy... policies) {
        return new SrPoliciesBuilder().setSrPolicy(BindingMap.of(List.of(policies)));
    }

    static UnicastRoute learned(final String prefix, final String nextHop) {
        final int slash = prefix.indexOf('/');
        return new UnicastRoute(IpAddressText.parse(prefix.substring(0, slash)),
            Integer.parseInt(prefix.substring(slash + 1)), IpAddressText.parse(nextHop));
    }

    static List<UnicastRoute> routes(final String... prefixAndHop) {
        final List<UnicastRoute> routes = new ArrayList<>();
        for (int i = 0; i < prefixAndHop.length; i += 2) {
            routes.add(learned(prefixAndHop[i], prefixAndHop[i + 1]));
        }
        return routes;
    }

    static InetAddress address(final String text) {
        return IpAddressText.parse(text);
    }
}
