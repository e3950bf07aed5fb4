/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * Rules with the same match on one router. A flowspec route is keyed by its NLRI (RFC 8955 section 4, the NLRI is the
 * flow specification; RFC 4271 section 9.1, a peer holds one route per NLRI), so of several rules with the same NLRI a
 * router can get only one route. The first of them in installation order that the router would get is advertised;
 * every later one is rejected there, its reason naming the rule whose route the router gets instead. Deleting or
 * changing that rule gives the router the next one.
 *
 * <p>Rules with the same match but different target routers do not meet: this is decided per router.
 */
final class SameMatch {
    private SameMatch() {
        // utility class
    }

    /**
     * Rejects, on this router, every advertised rule whose NLRI an earlier advertised rule already has.
     *
     * @param router the router
     * @param ordered the rules targeting it, in installation order
     * @param verdicts their verdicts, changed in place
     */
    static void apply(final @NonNull RouterView router, final @NonNull List<CompiledRule> ordered,
            final @NonNull Map<String, RuleVerdict> verdicts) {
        final Map<FlowspecNlri, String> owners = new HashMap<>();
        for (CompiledRule rule : ordered) {
            final RuleVerdict verdict = verdicts.get(rule.name());
            if (verdict == null || !verdict.advertise()) {
                continue;
            }
            final String owner = owners.putIfAbsent(rule.nlri(), rule.name());
            if (owner != null) {
                verdicts.put(rule.name(), new RuleVerdict(RuleState.Rejected, Reasons.of(Reason.of(
                    org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SameMatch.VALUE,
                    "rule " + owner + " has the same match and comes first in installation order; router "
                    + router.device() + " holds one flowspec route per match (RFC 8955 section 4), so it gets "
                    + owner + "'s actions, not this rule's").with("rule", owner).with("device", router.device())),
                    null, false));
            }
        }
    }
}
