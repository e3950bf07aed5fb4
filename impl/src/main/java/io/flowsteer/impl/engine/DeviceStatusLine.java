/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.status.Reasons;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * What the operational datastore says about one rule on one router: the rule's state there, why, and what the
 * router does with matching traffic. The engine writes a line only when it differs from the last one written.
 *
 * @param state the rule's state on the router
 * @param reasons why, each with its code and a sentence an operator can act on, the deciding one first
 * @param effectiveAction what the router does with matching traffic, or null
 */
public record DeviceStatusLine(@NonNull RuleState state, @NonNull Reasons reasons, @Nullable String effectiveAction) {
    public DeviceStatusLine {
        requireNonNull(state);
        requireNonNull(reasons);
    }

    /**
     * Why, in words an operator can act on.
     *
     * @return every reason's sentence, or null when nothing needs saying
     */
    public @Nullable String reason() {
        return reasons.sentence();
    }
}
