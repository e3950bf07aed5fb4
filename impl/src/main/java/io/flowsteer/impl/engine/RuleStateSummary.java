/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import java.util.Collection;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * A rule's summary state over the routers it targets: the state of the router where it fares worst, so that
 * {@code installed} at the top means installed everywhere, and anything else sends the operator to the
 * per-router entries.
 */
public final class RuleStateSummary {
    private RuleStateSummary() {
        // Utility class
    }

    /**
     * The summary.
     *
     * @param perRouter the rule's state on each router it targets
     * @return the worst of them, or {@code pending} when it targets no router yet
     */
    public static @NonNull RuleState of(final @NonNull Collection<RuleState> perRouter) {
        RuleState worst = null;
        for (RuleState state : perRouter) {
            if (worst == null || rank(state) > rank(worst)) {
                worst = state;
            }
        }
        return worst == null ? RuleState.Pending : worst;
    }

    /**
     * How bad a state is for the operator, higher is worse.
     *
     * @param state the state
     * @return its rank
     */
    static int rank(final @NonNull RuleState state) {
        return switch (state) {
            case Installed -> 0;
            case Withdrawn -> 1;
            case Advertised -> 2;
            case Pending -> 3;
            case PartiallyInstalled -> 4;
            case InvalidRedirect -> 5;
            case Unsupported -> 6;
            case Rejected -> 7;
            default -> 8;
        };
    }
}
