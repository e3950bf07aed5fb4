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
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.community.wide.RedirectPath;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.impl.status.Reason;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RedirectGroupWeightsIgnored;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedRedirectGroup;

/**
 * The Redirect Load Balancing Group (draft-wu-idr-flowspec-redirect-group): per-path validation (section 4: each
 * path as redirect-to-IP validates it, its endpoint in the rule's family; a colored path needs a usable SR Policy of
 * that color and endpoint), invalid paths left out, ECMP unless every path is weighted, then UCMP by weight
 * (section 3), and the compatibility redirect-to-IP community for the lowest-address valid path, IPv4 preferred
 * (section 6.3, situation B).
 */
final class RedirectGroupResolver {
    private RedirectGroupResolver() {
        // utility class
    }

    /**
     * A path that validated.
     *
     * @param path the path
     * @param via how the router reaches it
     */
    record ValidPath(@NonNull RedirectPath path, @NonNull String via) {
        String describe(final boolean weighted) {
            return AddressText.text(path.endpoint())
                + (path.color().isPresent() ? " color " + path.color().getAsLong() : "")
                + (weighted ? " weight " + path.weight().orElse(0) : "") + " via " + via;
        }
    }

    static @NonNull List<ValidPath> validate(final @NonNull RouterView router, final @NonNull Afi afi,
            final @NonNull RedirectGroupCommunity group, final @NonNull List<String> failures) {
        final List<ValidPath> valid = new ArrayList<>();
        for (RedirectPath path : group.paths()) {
            final String name = "path " + AddressText.text(path.endpoint())
                + (path.color().isPresent() ? " color " + path.color().getAsLong() : "");
            final Afi family = path.endpoint() instanceof Inet4Address ? Afi.IPV4 : Afi.IPV6;
            if (family != afi) {
                failures.add(name + " is " + family + " in an " + afi + " rule");
                continue;
            }
            if (path.color().isPresent()) {
                final Optional<SrPolicyView> policy = router.srPolicy(path.color().getAsLong(), path.endpoint());
                if (policy.isPresent() && policy.orElseThrow().usable()) {
                    valid.add(new ValidPath(path, policy.orElseThrow().describe()));
                } else {
                    failures.add(name + ": no usable " + SrPolicyView.describe(path.color().getAsLong(),
                        path.endpoint()) + " on the router" + (policy.isEmpty() ? router.doubtSuffix() : ""));
                }
                continue;
            }
            final RedirectTarget target = RedirectTarget.resolve(router.capabilities(), router.global(),
                path.endpoint(), "the global table");
            if (target.resolved()) {
                valid.add(new ValidPath(path, target.hops()));
            } else {
                failures.add(name + ": " + target.failure());
            }
        }
        return valid;
    }

    /**
     * Resolves the group for a router that uses it (situation B) and records the outcome.
     *
     * @param work where the outcome goes
     * @param router the router
     * @param afi the rule's family
     * @param group the group
     * @return whether any path is valid; when none is, the group is handled as absent
     */
    static boolean resolve(final @NonNull RuleWork work, final @NonNull RouterView router, final @NonNull Afi afi,
            final @NonNull RedirectGroupCommunity group) {
        final List<String> failures = new ArrayList<>();
        final List<ValidPath> valid = validate(router, afi, group, failures);
        if (!failures.isEmpty()) {
            work.invalid(RedirectKind.REDIRECT_LOAD_BALANCING_GROUP, Reason.of(UnresolvedRedirectGroup.VALUE,
                String.join(", ", failures)).with("invalid-paths", failures.size()).with("valid-paths", valid.size()),
                valid.isEmpty());
        }
        if (valid.isEmpty()) {
            work.redirectGroup(false, null);
            return false;
        }
        final boolean ucmp = valid.stream().allMatch(path -> path.path().weighted());
        if (!ucmp && valid.stream().anyMatch(path -> path.path().weighted())) {
            work.reason(Reason.of(RedirectGroupWeightsIgnored.VALUE, "redirect group weights ignored: not every"
                + " path is weighted (redirect-group section 3.1)"));
        }
        final List<String> parts = valid.stream().map(path -> path.describe(ucmp)).toList();
        final ExtendedCommunity compatibility = compatibility(valid);
        work.effective("redirect to group " + (ucmp ? "UCMP" : "ECMP") + " {" + RuleWork.list(parts) + "}"
            + (compatibility == null ? "" : "; compatibility redirect-to-IP community for "
                + AddressText.text(lowest(valid).orElseThrow().path().endpoint())));
        work.redirectGroup(true, compatibility);
        return true;
    }

    static @Nullable ExtendedCommunity compatibility(final @NonNull List<ValidPath> valid) {
        final Optional<ValidPath> lowest = lowest(valid);
        if (lowest.isEmpty()) {
            return null;
        }
        final var endpoint = lowest.orElseThrow().path().endpoint();
        if (endpoint instanceof Inet4Address ipv4) {
            return new RedirectToIpv4(ipv4, false);
        }
        return endpoint instanceof Inet6Address ipv6 ? new RedirectToIpv6(ipv6, false) : null;
    }

    private static Optional<ValidPath> lowest(final List<ValidPath> valid) {
        return valid.stream().min(Comparator.comparing(path -> path.path().endpoint(), AddressText.ORDER));
    }
}
