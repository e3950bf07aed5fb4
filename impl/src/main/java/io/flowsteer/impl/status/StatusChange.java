/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * One change to operational status, queued for the {@link StatusWriter}.
 */
sealed interface StatusChange {
    /**
     * The name of the rule the change is about.
     *
     * @return the rule name
     */
    @NonNull String ruleName();

    /**
     * A rule's status is set to a state.
     *
     * @param ruleName the rule
     * @param state its new summary state
     * @param at when the state was reached
     */
    record RuleStateChange(@NonNull String ruleName, @NonNull RuleState state, @NonNull Instant at)
            implements StatusChange {
        public RuleStateChange {
            requireNonNull(ruleName);
            requireNonNull(state);
            requireNonNull(at);
        }
    }

    /**
     * A rule is gone from configuration, so its status goes too.
     *
     * @param ruleName the rule
     */
    record RuleRemoval(@NonNull String ruleName) implements StatusChange {
        public RuleRemoval {
            requireNonNull(ruleName);
        }
    }
}
