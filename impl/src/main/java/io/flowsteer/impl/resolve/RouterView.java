/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.netconf.IndirectionTable;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.RedirectGroupPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;

/**
 * Everything about one router the resolver needs. Build it with {@link RouterViews}.
 *
 * @param device the router's name
 * @param capabilities its capability profile
 * @param actionFailure what an action it cannot do does to a rule without an action chain ordering community
 *     (draft-ietf-idr-fsv2-ip-basic section 4.5.3)
 * @param groupPrecedence its configuration situation for the redirect group (draft-wu-idr-flowspec-redirect-group
 *     section 6.1)
 * @param global the global routing table: BGP-learned routes and the static routes of VRF {@code default}
 * @param vrfs the other VRFs with their static routes
 * @param indirection its indirection-id table (draft-ietf-idr-flowspec-path-redirect section 5), as far as it is
 *     known to be on the router
 * @param srPolicies its SR Policies
 * @param tableDoubt why the configured indirection-id table and SR Policies are not known to be on the router (its
 *     last NETCONF push failed), in which case {@code indirection} and {@code srPolicies} are empty; null when they are
 */
public record RouterView(@NonNull String device, @NonNull Capabilities capabilities,
        @NonNull ActionFailure actionFailure, @NonNull RedirectGroupPrecedence groupPrecedence,
        @NonNull RoutingTable global, @NonNull List<VrfTable> vrfs, @NonNull IndirectionTable indirection,
        @NonNull List<SrPolicyView> srPolicies, @Nullable String tableDoubt) {
    public RouterView {
        requireNonNull(device);
        requireNonNull(capabilities);
        requireNonNull(actionFailure);
        requireNonNull(groupPrecedence);
        requireNonNull(global);
        vrfs = List.copyOf(vrfs);
        requireNonNull(indirection);
        srPolicies = List.copyOf(srPolicies);
    }

    /**
     * The VRF importing a route target; several match: the lowest name (RFC 8955 section 7.4 leaves it local).
     *
     * @param routeTarget the route target text
     * @return the VRF, if any imports it
     */
    public @NonNull Optional<VrfTable> vrfImporting(final @NonNull String routeTarget) {
        return vrfs.stream().filter(vrf -> routeTarget.equalsIgnoreCase(
                vrf.routeTarget() == null ? "" : vrf.routeTarget().strip()))
            .min((one, two) -> one.name().compareTo(two.name()));
    }

    /**
     * What to add to a reason that says something the configuration has is not on the router.
     *
     * @return empty, or the doubt about what the router holds, in parentheses
     */
    public @NonNull String doubtSuffix() {
        return tableDoubt == null ? "" : " (not known to be on the router: " + tableDoubt + ")";
    }

    /**
     * The SR Policy of that color and endpoint.
     *
     * @param color the color
     * @param endpoint the endpoint
     * @return the policy, if the router has it
     */
    public @NonNull Optional<SrPolicyView> srPolicy(final long color, final @NonNull InetAddress endpoint) {
        return srPolicies.stream().filter(policy -> policy.color() == color && policy.endpoint().equals(endpoint))
            .findFirst();
    }
}
