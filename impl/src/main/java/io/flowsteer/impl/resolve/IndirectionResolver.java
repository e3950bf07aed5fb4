/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.IndirectionIdTypes;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.impl.status.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.IndirectionIdNotSequenced;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedIndirectionId;

/**
 * Redirect to indirection-id (draft-ietf-idr-flowspec-path-redirect): each community is looked up in the router's
 * indirection-id table (section 5) and the entries are imposed lowest S-ID first (section 4). S-ID 0 means "not
 * sequenced": when a rule has one, that community is used and the sequenced ones are ignored. A community without
 * an entry (or whose entry names an SR Policy the router cannot use) does not result in a valid redirection and is
 * handled as if absent, with an indication (section 6).
 */
final class IndirectionResolver {
    private static final Comparator<RedirectToIndirectionId> SEQUENCE = Comparator
        .comparingInt(RedirectToIndirectionId::sequenceId)
        .thenComparingInt(RedirectToIndirectionId::idType)
        .thenComparingLong(RedirectToIndirectionId::indirectionId);

    private IndirectionResolver() {
        // utility class
    }

    static void resolve(final @NonNull RuleWork work, final @NonNull RouterView router,
            final @NonNull List<RedirectToIndirectionId> communities) {
        List<RedirectToIndirectionId> chain = communities.stream().sorted(SEQUENCE).toList();
        if (chain.size() > 1 && chain.get(0).sequenceId() == 0) {
            work.reason(Reason.of(IndirectionIdNotSequenced.VALUE, "indirection-id " + name(chain.get(0))
                + " has S-ID 0 (not sequenced): the sequenced indirection-ids are ignored (path-redirect section 4)")
                .with("indirection-id", name(chain.get(0))));
            chain = chain.subList(0, 1);
        }
        final List<String> steps = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        boolean copy = false;
        for (RedirectToIndirectionId community : chain) {
            final IndirectionEntry entry = router.indirection().entries()
                .get(new IndirectionKey(community.idType(), community.indirectionId()));
            if (entry == null) {
                failures.add(router.tableDoubt() == null ? "no indirection-id entry " + name(community)
                    + " on the router" : "indirection-id entry " + name(community) + " is not known to be on the"
                    + " router: " + router.tableDoubt());
                failed.add(name(community));
                continue;
            }
            final Optional<String> unusable = unusable(router, entry.target());
            if (unusable.isPresent()) {
                failures.add("indirection-id entry " + name(community) + " " + unusable.orElseThrow());
                failed.add(name(community));
                continue;
            }
            copy |= community.copy();
            // path-redirect section 3: the C flag is each community's own, so a chain shows it per entry
            steps.add((chain.size() > 1 ? "S-ID " + community.sequenceId() + (community.copy() ? " copy " : " ")
                : "") + name(community) + " -> " + describe(entry.target()));
        }
        if (steps.size() == 1) {
            work.effective((copy ? "redirect copy" : "redirect") + " to indirection-id " + steps.get(0)
                + (copy ? " (original forwarded as usual)" : ""));
        } else if (!steps.isEmpty()) {
            work.effective("redirect to indirection-id chain [" + RuleWork.list(steps) + "]"
                + (copy ? " (an entry marked copy redirects a copy, the original forwarded as usual)" : ""));
        }
        if (!failures.isEmpty()) {
            Reason reason = Reason.of(UnresolvedIndirectionId.VALUE, String.join(", ", failures))
                .with("indirection-id", RuleWork.list(failed));
            if (router.tableDoubt() != null) {
                reason = reason.with("netconf-push", "failed");
            }
            work.invalid(RedirectKind.REDIRECT_TO_INDIRECTION_ID, reason, steps.isEmpty());
        }
    }

    /**
     * The ID-Type and id as an operator reads them.
     *
     * @param community the community
     * @return e.g. {@code (sr-mpls-binding-sid-label, 5000)}
     */
    static @NonNull String name(final @NonNull RedirectToIndirectionId community) {
        final String type = IndirectionIdTypes.name(community.idType());
        return "(" + type + ", " + community.indirectionId() + ")";
    }

    private static Optional<String> unusable(final RouterView router, final IndirectionTarget target) {
        if (target instanceof IndirectionTarget.SrPolicy policy) {
            final Optional<SrPolicyView> found = router.srPolicy(policy.color(), policy.endpoint());
            if (found.isEmpty()) {
                return Optional.of("names " + SrPolicyView.describe(policy.color(), policy.endpoint())
                    + ", which the router does not have" + router.doubtSuffix());
            }
            if (!found.orElseThrow().usable()) {
                return Optional.of("names " + found.orElseThrow().describe() + ", which has no valid segment list on"
                    + " its active candidate path");
            }
        }
        return Optional.empty();
    }

    private static String describe(final IndirectionTarget target) {
        if (target instanceof IndirectionTarget.NextHops hops) {
            return hops.addresses().size() == 1 ? "next hop " + AddressText.text(hops.addresses().get(0))
                : "ECMP " + AddressText.set(hops.addresses());
        } else if (target instanceof IndirectionTarget.MplsBindingSid mpls) {
            return "MPLS binding SID " + mpls.label();
        } else if (target instanceof IndirectionTarget.Srv6BindingSid srv6) {
            return "SRv6 binding SID " + AddressText.text(srv6.sid());
        } else if (target instanceof IndirectionTarget.SrPolicy policy) {
            return SrPolicyView.describe(policy.color(), policy.endpoint());
        } else {
            return "tunnel " + ((IndirectionTarget.Tunnel) target).name();
        }
    }
}
