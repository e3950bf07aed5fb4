/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.wire.ComponentType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.capabilities.Actions;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.capabilities.RedirectToIp;

/**
 * What a router can do with flowspec routes: the nine coverage rows of the redirect-to-IP implementation report
 * (draft-ietf-idr-flowspec-redirect-ip sections 2, 2.1 and 2.2) and the other actions of flowsteer-devices'
 * {@code capabilities} grouping.
 *
 * <p>The built-in profiles are the vendor columns of the implementation report. A "TBD" cell (Cisco IOS-XR,
 * longest-prefix match and best-path ECMP) is taken as not implemented. For the other actions the vendor profiles
 * take the YANG defaults of the {@code actions} container: the RFC 8955 actions yes, redirect to indirection-id,
 * the redirect load-balancing group, the SR segment-list redirect and FSv2 no. {@code full} can do everything.
 *
 * @param profile the profile's name for messages: a built-in name or {@code custom}
 * @param ipv4Community section 2, IPv4 redirect-to-IP extended community
 * @param ipv6Community section 2, IPv6 redirect-to-IP extended community
 * @param redirect section 2, redirect (C == 0)
 * @param copy section 2, copy (C == 1)
 * @param validation section 2.1, validation of the redirect target
 * @param longestPrefixMatch section 2.2, longest-prefix match of the target; without it only a host route resolves
 * @param bestPathEcmp section 2.2, ECMP over equal best paths to the target
 * @param multipleCommunitiesEcmp section 2.2, ECMP over several redirect-to-IP communities
 * @param inRedirectToVrf section 2.2, redirect-to-IP resolved inside a redirect-to-VRF
 * @param trafficRateBytes RFC 8955 section 7.1 traffic-rate-bytes
 * @param trafficRatePackets RFC 8955 section 7.1 traffic-rate-packets
 * @param trafficAction RFC 8955 section 7.3 traffic-action
 * @param redirectToVrf RFC 8955 section 7.4 redirect to VRF
 * @param trafficMarking RFC 8955 section 7.5 traffic-marking
 * @param redirectToIndirectionId draft-ietf-idr-flowspec-path-redirect
 * @param redirectLoadBalancingGroup draft-wu-idr-flowspec-redirect-group
 * @param redirectToSrPolicySegmentList draft-liu-idr-flowspec-redirect-sr-segment-list
 * @param fsv2 draft-ietf-idr-fsv2-ip-basic
 * @param unmatchable match components the router cannot match on (draft-ietf-idr-fsv2-ip-basic section 6.2); none
 *     for the built-in profiles
 * @param dialect the wire forms the router takes: Cisco IOS-XR takes redirect to IP only in the next-hop form of
 *     draft-simpson-idr-flowspec-redirect (it implements none of the report's rows of the current draft), the
 *     other profiles the current draft's communities
 */
public record Capabilities(@NonNull String profile, boolean ipv4Community, boolean ipv6Community, boolean redirect,
        boolean copy, boolean validation, boolean longestPrefixMatch, boolean bestPathEcmp,
        boolean multipleCommunitiesEcmp, boolean inRedirectToVrf, boolean trafficRateBytes,
        boolean trafficRatePackets, boolean trafficAction, boolean redirectToVrf, boolean trafficMarking,
        boolean redirectToIndirectionId, boolean redirectLoadBalancingGroup, boolean redirectToSrPolicySegmentList,
        boolean fsv2, @NonNull Set<ComponentType> unmatchable, @NonNull Dialect dialect) {
    /** Cisco IOS-XR column: no redirect-to-IP of the current draft at all; TBD rows taken as not implemented. */
    public static final @NonNull Capabilities CISCO_IOS_XR = new Capabilities("cisco-ios-xr",
        false, false, false, false, false, false, false, false, false,
        true, true, true, true, true, false, false, false, false, Set.of(), Dialect.LEGACY_NEXT_HOP);
    /** HPE/Juniper column (Junos 18.4R1+): IPv4 only, no copy. */
    public static final @NonNull Capabilities JUNIPER_JUNOS = new Capabilities("juniper-junos",
        true, false, true, false, true, true, true, true, true,
        true, true, true, true, true, false, false, false, false, Set.of(), Dialect.IETF);
    /** Huawei column (VRP V800R019C10+): no copy, no ECMP over several communities, no redirect-to-IP in VRF. */
    public static final @NonNull Capabilities HUAWEI_VRP = new Capabilities("huawei-vrp",
        true, true, true, false, true, true, true, false, false,
        true, true, true, true, true, false, false, false, false, Set.of(), Dialect.IETF);
    /** Everything Flowsteer can express, copy included. */
    public static final @NonNull Capabilities FULL = new Capabilities("full",
        true, true, true, true, true, true, true, true, true,
        true, true, true, true, true, true, true, true, true, Set.of(), Dialect.IETF);

    public Capabilities {
        requireNonNull(profile);
        requireNonNull(dialect);
        unmatchable = unmatchable.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unmatchable));
    }

    /**
     * The built-in profile of that name.
     *
     * @param builtIn the profile, null for the YANG default {@code full}
     * @return its capabilities
     */
    public static @NonNull Capabilities builtIn(final @Nullable BuiltInProfile builtIn) {
        if (builtIn == null) {
            return FULL;
        }
        return switch (builtIn) {
            case CiscoIosXr -> CISCO_IOS_XR;
            case JuniperJunos -> JUNIPER_JUNOS;
            case HuaweiVrp -> HUAWEI_VRP;
            case Full -> FULL;
        };
    }

    /**
     * Custom capabilities, each absent leaf taking its YANG default.
     *
     * @param redirectToIp the redirect-to-ip container, may be null
     * @param actions the actions container, may be null
     * @return the capabilities, profile name {@code custom}
     */
    public static @NonNull Capabilities custom(final @Nullable RedirectToIp redirectToIp,
            final @Nullable Actions actions) {
        return custom(redirectToIp, actions, Set.of());
    }

    /**
     * Custom capabilities from the YANG {@code capabilities} grouping, with the components the router cannot match.
     *
     * @param redirectToIp the redirect-to-ip container, may be null
     * @param actions the actions container, may be null
     * @param unmatchable the {@code unmatchable-component} leaf-list
     * @return the capabilities, profile name {@code custom}
     */
    public static @NonNull Capabilities custom(final @Nullable RedirectToIp redirectToIp,
            final @Nullable Actions actions, final @NonNull Set<ComponentType> unmatchable) {
        final RedirectToIp ip = redirectToIp;
        final Actions act = actions;
        return new Capabilities("custom",
            flag(ip == null ? null : ip.getIpv4Community(), false),
            flag(ip == null ? null : ip.getIpv6Community(), false),
            flag(ip == null ? null : ip.getRedirect(), false),
            flag(ip == null ? null : ip.getCopy(), false),
            flag(ip == null ? null : ip.getValidation(), false),
            flag(ip == null ? null : ip.getLongestPrefixMatch(), false),
            flag(ip == null ? null : ip.getBestPathEcmp(), false),
            flag(ip == null ? null : ip.getMultipleCommunitiesEcmp(), false),
            flag(ip == null ? null : ip.getInRedirectToVrf(), false),
            flag(act == null ? null : act.getTrafficRateBytes(), true),
            flag(act == null ? null : act.getTrafficRatePackets(), true),
            flag(act == null ? null : act.getTrafficAction(), true),
            flag(act == null ? null : act.getRedirectToVrf(), true),
            flag(act == null ? null : act.getTrafficMarking(), true),
            flag(act == null ? null : act.getRedirectToIndirectionId(), false),
            flag(act == null ? null : act.getRedirectLoadBalancingGroup(), false),
            flag(act == null ? null : act.getRedirectToSrPolicySegmentList(), false),
            flag(act == null ? null : act.getFsv2(), false), unmatchable, Dialect.IETF);
    }

    /**
     * These capabilities in another dialect.
     *
     * @param other the dialect
     * @return the capabilities
     */
    public @NonNull Capabilities with(final @NonNull Dialect other) {
        return other.equals(dialect) ? this : new Capabilities(profile, ipv4Community, ipv6Community, redirect, copy,
            validation, longestPrefixMatch, bestPathEcmp, multipleCommunitiesEcmp, inRedirectToVrf, trafficRateBytes,
            trafficRatePackets, trafficAction, redirectToVrf, trafficMarking, redirectToIndirectionId,
            redirectLoadBalancingGroup, redirectToSrPolicySegmentList, fsv2, unmatchable, other);
    }

    private static boolean flag(final @Nullable Boolean value, final boolean defaultValue) {
        return value == null ? defaultValue : value;
    }
}
