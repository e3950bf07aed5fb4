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
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
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

    /**
     * A rule compiled and placed in the installation order: its encodings, its order index, state pending.
     *
     * @param ruleName the rule
     * @param nlriHex the NLRI encoding
     * @param extendedCommunities the action extended community encodings, in order
     * @param communityContainer the Community Container encoding, if any
     * @param orderIndex the 0-based position in the installation order
     * @param at when the rule was compiled
     */
    record RuleRendered(@NonNull String ruleName, @NonNull String nlriHex, @NonNull List<String> extendedCommunities,
            @Nullable String communityContainer, long orderIndex, @NonNull Instant at) implements StatusChange {
        public RuleRendered {
            requireNonNull(ruleName);
            requireNonNull(nlriHex);
            extendedCommunities = List.copyOf(extendedCommunities);
            requireNonNull(at);
        }
    }

    /**
     * A rendered rule moved in the installation order because other rules came or went.
     *
     * @param ruleName the rule
     * @param orderIndex its new position
     */
    record RuleMoved(@NonNull String ruleName, long orderIndex) implements StatusChange {
        public RuleMoved {
            requireNonNull(ruleName);
        }
    }

    /**
     * A rule that cannot be rendered: state failed, with the reasons.
     *
     * @param ruleName the rule
     * @param errors why, each naming the rule and the field
     * @param at when it was found
     */
    record RuleRefused(@NonNull String ruleName, @NonNull List<String> errors, @NonNull Instant at)
            implements StatusChange {
        public RuleRefused {
            requireNonNull(ruleName);
            errors = List.copyOf(errors);
            requireNonNull(at);
        }
    }
}
