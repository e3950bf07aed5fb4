/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where a rule's redirect to an SR Policy segment list stands on one router
 * (draft-liu-idr-flowspec-redirect-sr-segment-list sections 3.1 to 3.3).
 *
 * @param phase the phase
 * @param everPinned whether the rule was pinned on this router since it was first resolved there
 * @param recoveringSince when the segment list became valid again while the revert timer runs, else null
 */
public record SrPinning(@NonNull Phase phase, boolean everPinned, @Nullable Instant recoveringSince) {
    /**
     * The phases.
     */
    public enum Phase {
        /** Traffic pinned to the designated segment list. */
        PINNED,
        /** The list became invalid with F set: ordinary SR Policy forwarding. */
        FALLBACK,
        /** The list is invalid and F is clear (or it never validated): the action is as if absent. */
        INVALID,
        /** The list is valid again, R is set, and the revert timer runs; forwarding is still the fallback. */
        RECOVERING
    }

    public SrPinning {
        requireNonNull(phase);
    }
}
