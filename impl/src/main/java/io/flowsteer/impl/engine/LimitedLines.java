/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RouterRuleLimit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * A router's status lines under its rule limit (issue 15 item 7): the rules the router would hold, taken in the
 * order they were first accepted, keep their lines up to the limit; every one past it is {@code rejected} with
 * reason code {@code router-rule-limit} and is not sent. A rule the router would not hold anyway (unsupported,
 * rejected for another reason, failed, or not sent) takes no place. Deleting a rule that holds a place gives it to
 * the first rule past the limit.
 *
 * @param lines every rule's line under the limit, by rule
 * @param within how many rules hold a place, at most the limit
 * @param over how many rules are past the limit
 */
record LimitedLines(@NonNull Map<String, RouterDiff.Fresh> lines, int within, int over) {
    LimitedLines {
        lines = Map.copyOf(lines);
    }

    /**
     * Applies a limit.
     *
     * @param unlimited every rule's line on the router as if it had no limit
     * @param accepted when each rule was first accepted, as an increasing number
     * @param limit the router's limit
     * @return the lines under the limit
     */
    static @NonNull LimitedLines of(final @NonNull Collection<RouterDiff.Fresh> unlimited,
            final @NonNull ToLongFunction<String> accepted, final @NonNull RouterLimit limit) {
        requireNonNull(accepted);
        final List<RouterDiff.Fresh> inOrder = new ArrayList<>(unlimited);
        inOrder.sort(Comparator.<RouterDiff.Fresh>comparingLong(fresh -> accepted.applyAsLong(fresh.rule()))
            .thenComparing(RouterDiff.Fresh::rule));
        final Map<String, RouterDiff.Fresh> lines = new LinkedHashMap<>();
        int within = 0;
        int over = 0;
        for (RouterDiff.Fresh fresh : inOrder) {
            if (!takesPlace(fresh)) {
                lines.put(fresh.rule(), fresh);
            } else if (within < limit.limit()) {
                within++;
                lines.put(fresh.rule(), fresh);
            } else {
                over++;
                lines.put(fresh.rule(), new RouterDiff.Fresh(fresh.rule(), new DeviceStatusLine(RuleState.Rejected,
                    Reasons.of(reason(limit)), null), null));
            }
        }
        return new LimitedLines(lines, within, over);
    }

    private static boolean takesPlace(final RouterDiff.Fresh fresh) {
        final RuleState state = fresh.line().state();
        return fresh.route() != null && state != RuleState.Rejected && state != RuleState.Unsupported
            && state != RuleState.Failed;
    }

    private static Reason reason(final RouterLimit limit) {
        return Reason.of(RouterRuleLimit.VALUE, "the router holds at most " + limit.limit() + " flowspec rules ("
            + limit.source() + ") and that many rules accepted before this one take them: the rule is not sent to"
            + " it until one of them is deleted").with("limit", limit.limit());
    }
}
