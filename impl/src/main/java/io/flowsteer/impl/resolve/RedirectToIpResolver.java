/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIpv4;
import io.flowsteer.api.community.RedirectToIpv6;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.impl.status.Reason;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RedirectIpLowestOnly;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnvalidatedNextHop;

/**
 * Redirect to IP (draft-ietf-idr-flowspec-redirect-ip): which communities the router acts on, where each target
 * resolves, and what the router does with the traffic.
 *
 * <ul>
 *   <li>Section 2: IPv4 and IPv6 communities; C == 0 redirects, C == 1 redirects a copy and the original is still
 *       forwarded.</li>
 *   <li>Section 2.1: a target that does not resolve makes the redirect invalid; the rule is in effect as if it were
 *       absent. A router that does not validate installs the redirect anyway.</li>
 *   <li>Section 2.2: longest-prefix match, ECMP over the equal best paths, ECMP over several communities (otherwise
 *       the lowest address is used), resolution inside the VRF of a redirect to VRF.</li>
 * </ul>
 */
final class RedirectToIpResolver {
    private RedirectToIpResolver() {
        // utility class
    }

    /**
     * A redirect-to-IP community in the resolver's terms.
     *
     * @param address the target
     * @param copy the C bit
     */
    record Target(@NonNull InetAddress address, boolean copy) {
        static @Nullable Target of(final @NonNull ExtendedCommunity community) {
            if (community instanceof RedirectToIpv4 ipv4) {
                return new Target(ipv4.target(), ipv4.copy());
            }
            if (community instanceof RedirectToIpv6 ipv6) {
                return new Target(ipv6.target(), ipv6.copy());
            }
            return null;
        }
    }

    /**
     * The capability a target needs that the router lacks, if any.
     *
     * @param capabilities the router's capabilities
     * @param target the target
     * @param inVrf whether it is resolved inside a redirect to VRF
     * @return the missing capability's name, or null
     */
    static @Nullable String missingCapability(final @NonNull Capabilities capabilities, final @NonNull Target target,
            final boolean inVrf) {
        final String name = "redirect-to-ip " + AddressText.text(target.address()) + ": ";
        if (capabilities.dialect().nextHopForm()) {
            // the next-hop form replaces the communities' rows: the router takes a redirect (C=0) to the next hop
            return target.copy() ? name + "copy (C=1), which the " + capabilities.dialect().redirectToIp().getName()
                + " encoding cannot carry (draft-simpson-idr-flowspec-redirect)" : null;
        }
        if (target.address().getAddress().length == 4 ? !capabilities.ipv4Community()
                : !capabilities.ipv6Community()) {
            return name + (target.address().getAddress().length == 4 ? "IPv4" : "IPv6") + " extended community";
        }
        if (target.copy() ? !capabilities.copy() : !capabilities.redirect()) {
            return name + (target.copy() ? "copy (C=1)" : "redirect (C=0)");
        }
        if (inVrf && !capabilities.inRedirectToVrf()) {
            return name + "redirect-to-IP inside redirect-to-VRF";
        }
        return null;
    }

    /**
     * What the next-hop form of draft-simpson-idr-flowspec-redirect (section 3) cannot carry of a rule's redirect
     * targets, on a router that takes that form: the route has one next hop, of its own address family. Flowsteer
     * does not pick one of several targets, as the router would then act on less than the rule says; the targets
     * are an action the router cannot do, and the rule's failure mode decides.
     *
     * @param capabilities the router's capabilities
     * @param afi the rule's address family
     * @param targets the targets the router can otherwise take
     * @return the missing capability's name, or null when the form carries them or the router does not use it
     */
    static @Nullable String nextHopFormLimit(final @NonNull Capabilities capabilities, final @NonNull Afi afi,
            final @NonNull List<Target> targets) {
        if (!capabilities.dialect().nextHopForm() || targets.isEmpty()) {
            return null;
        }
        final String encoding = capabilities.dialect().redirectToIp().getName();
        final List<InetAddress> addresses = targets.stream().map(Target::address).distinct().toList();
        if (addresses.size() > 1) {
            return "redirect-to-ip to " + addresses.size() + " addresses, which the " + encoding
                + " encoding cannot carry (one next hop per route, draft-simpson-idr-flowspec-redirect)";
        }
        final InetAddress address = addresses.get(0);
        if (address.getAddress().length * 8 != afi.addressBits()) {
            return "redirect-to-ip " + AddressText.text(address) + ": a next hop of another address family than the"
                + " rule's, which the " + encoding + " encoding cannot carry";
        }
        return null;
    }

    /**
     * Resolves the targets the router acts on and records the outcome.
     *
     * @param work where the outcome goes
     * @param capabilities the router's capabilities
     * @param targets the supported targets
     * @param table the table to resolve in, null when the VRF does not exist on the router
     * @param where the table's name in messages
     */
    static void resolve(final @NonNull RuleWork work, final @NonNull Capabilities capabilities,
            final @NonNull List<Target> targets, final @Nullable RoutingTable table, final @NonNull String where) {
        final String inVrf = where.startsWith("VRF") ? " in " + where : "";
        for (boolean copy : new boolean[] {false, true}) {
            final List<InetAddress> addresses = targets.stream().filter(target -> target.copy() == copy)
                .map(Target::address).sorted(AddressText.ORDER).distinct().toList();
            if (addresses.isEmpty()) {
                continue;
            }
            List<InetAddress> used = addresses;
            if (addresses.size() > 1 && !capabilities.multipleCommunitiesEcmp()) {
                used = addresses.subList(0, 1);
                work.reason(Reason.of(RedirectIpLowestOnly.VALUE, "the router uses only the lowest of "
                    + addresses.size() + " redirect" + (copy ? " copy" : "") + " addresses, "
                    + AddressText.text(used.get(0)) + " (no ECMP over several communities, redirect-ip section 2.2)")
                    .with("address", AddressText.text(used.get(0))).with("copy", copy));
            }
            final List<RedirectTarget> resolved = new ArrayList<>();
            final List<String> unvalidated = new ArrayList<>();
            final List<String> failures = new ArrayList<>();
            final List<String> failed = new ArrayList<>();
            for (InetAddress address : used) {
                final RedirectTarget target = RedirectTarget.resolve(capabilities, table, address, where);
                if (target.resolved()) {
                    resolved.add(target);
                } else if (capabilities.validation()) {
                    failures.add(target.failure());
                    failed.add(AddressText.text(address));
                } else {
                    unvalidated.add(AddressText.text(address));
                }
            }
            resolved.sort(Comparator.comparing(RedirectTarget::address, AddressText.ORDER));
            final String verb = copy ? "redirect copy" : "redirect";
            final String tail = copy ? " (original forwarded as usual)" : "";
            if (!resolved.isEmpty() || !unvalidated.isEmpty()) {
                final List<String> parts = new ArrayList<>(resolved.stream().map(RedirectTarget::describe).toList());
                unvalidated.forEach(address -> parts.add(address + " (unresolved)"));
                work.effective(parts.size() == 1 ? verb + " to " + parts.get(0) + inVrf + tail
                    : verb + inVrf + " via ECMP over {" + RuleWork.list(parts) + "}" + tail);
            }
            if (!unvalidated.isEmpty()) {
                work.reason(Reason.of(UnvalidatedNextHop.VALUE, "redirect target " + RuleWork.list(unvalidated)
                    + " has no route in " + where + " but the router does not validate redirect targets"
                    + " (redirect-ip section 2.1): redirected traffic may be dropped")
                    .with("address", RuleWork.list(unvalidated)).with("table", where));
            }
            if (!failures.isEmpty()) {
                work.invalid(RedirectKind.REDIRECT_TO_IP, Reason.of(UnresolvedNextHop.VALUE,
                    String.join(", ", failures)).with("address", RuleWork.list(failed)).with("table", where),
                    resolved.isEmpty() && unvalidated.isEmpty());
            }
        }
    }
}
