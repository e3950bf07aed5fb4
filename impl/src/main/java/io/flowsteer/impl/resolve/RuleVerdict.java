/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.impl.status.Reasons;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * What one router does with one rule (flowsteer-status {@code rule-device-status}).
 *
 * @param state the predicted installation state: installed, partially-installed, invalid-redirect, unsupported or
 *     rejected; the engine turns installed states into pending/advertised while the session is not up
 * @param reasons why, each with its code and a sentence in operator words, the one that decides the state first;
 *     none when nothing needs saying
 * @param effectiveAction what the router does with matching traffic, e.g.
 *     {@code redirect copy to 192.0.2.1 via ECMP {10.0.0.1, 10.0.0.2}}; null when the rule is not in effect
 * @param advertise whether the router's BGP peer gets the route at all
 * @param sendRedirectGroup whether the rule's redirect group (Community Container) goes to this router:
 *     draft-wu-idr-flowspec-redirect-group section 6.1, only in configuration situation B
 * @param compatibilityRedirect the redirect-to-IP community to add for this router for the group's lowest-address
 *     path (situation B, section 6.3), or null
 */
public record RuleVerdict(@NonNull RuleState state, @NonNull Reasons reasons, @Nullable String effectiveAction,
        boolean advertise, boolean sendRedirectGroup, @Nullable ExtendedCommunity compatibilityRedirect) {
    public RuleVerdict {
        requireNonNull(state);
        requireNonNull(reasons);
    }

    /**
     * A verdict without redirect-group encoding.
     *
     * @param state the state
     * @param reasons the reasons
     * @param effectiveAction the effective action, or null
     * @param advertise whether to advertise
     */
    public RuleVerdict(final @NonNull RuleState state, final @NonNull Reasons reasons,
            final @Nullable String effectiveAction, final boolean advertise) {
        this(state, reasons, effectiveAction, advertise, false, null);
    }

    /**
     * The sentence an operator reads ({@code rule-device-status/reason}).
     *
     * @return every reason's sentence, the deciding one first, or null when nothing needs saying
     */
    public @Nullable String reason() {
        return reasons.sentence();
    }
}
