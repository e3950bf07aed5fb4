/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.DependentFilterDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * The Dependent Filters Chain (draft-ietf-idr-fsv2-ip-basic section 3.2 and the DFC field of section 3.1): when a
 * rule with a non-zero DFC cannot be installed on a router (unsupported or rejected), every other rule with the same
 * DFC is not installed there either: rejected, not advertised, the reason naming the first rule in installation
 * order that caused it.
 */
final class DependentFiltersChain {
    private DependentFiltersChain() {
        // utility class
    }

    static void apply(final @NonNull RouterView router, final @NonNull List<CompiledRule> ordered,
            final @NonNull Map<String, RuleVerdict> verdicts) {
        final Map<Long, String> causes = new HashMap<>();
        for (CompiledRule rule : ordered) {
            final long chain = chain(rule);
            final RuleVerdict verdict = verdicts.get(rule.name());
            if (chain != 0 && verdict != null && !verdict.advertise()) {
                causes.putIfAbsent(chain, rule.name());
            }
        }
        if (causes.isEmpty()) {
            return;
        }
        for (CompiledRule rule : ordered) {
            final String cause = causes.get(chain(rule));
            final RuleVerdict verdict = verdicts.get(rule.name());
            if (cause != null && verdict != null && verdict.advertise()) {
                final String causeState = verdicts.get(cause).state().getName();
                verdicts.put(rule.name(), new RuleVerdict(RuleState.Rejected, Reasons.of(Reason.of(
                    DependentFilterDown.VALUE, "dependent filters chain " + chain(rule) + ": rule " + cause
                    + " cannot be installed on router " + router.device() + " (" + causeState + "), so this rule is"
                    + " not installed there either (draft-ietf-idr-fsv2-ip-basic section 3.2)")
                    .with("chain", chain(rule)).with("rule", cause).with("rule-state", causeState)
                    .with("device", router.device())), null, false));
            }
        }
    }

    private static long chain(final CompiledRule rule) {
        return rule.nlri() instanceof Fsv2Nlri fsv2 ? fsv2.dependentFiltersChain() : 0;
    }
}
