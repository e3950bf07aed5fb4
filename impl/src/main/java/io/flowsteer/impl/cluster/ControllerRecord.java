/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Which node is the active controller, as operational status shows it ({@code flowsteer-status:controller}).
 *
 * @param activeNode the cluster member name of the active controller
 * @param activeSince when it became active
 * @param lastFailover when the role last moved, or null while the first active controller holds it
 * @param lastFailoverDuration how long no node was active then, or null when that is not known (the previous
 *        active controller crashed or was cut off, so when it stopped is not known)
 * @param releasedAt when the active controller gave the role up itself, or null while it holds it
 */
public record ControllerRecord(@NonNull String activeNode, @NonNull Instant activeSince,
        @Nullable Instant lastFailover, @Nullable Duration lastFailoverDuration, @Nullable Instant releasedAt) {
    public ControllerRecord {
        requireNonNull(activeNode);
        requireNonNull(activeSince);
    }

    /**
     * The record of a node that takes the role over.
     *
     * @param previous the record the previous active controller left, or null when there was none
     * @param member this node's member name
     * @param now when this node became active
     * @return the new record
     */
    public static @NonNull ControllerRecord takeOver(final @Nullable ControllerRecord previous,
            final @NonNull String member, final @NonNull Instant now) {
        if (previous == null) {
            return new ControllerRecord(member, now, null, null, null);
        }
        final Instant released = previous.releasedAt();
        final Duration gap = released == null || released.isBefore(previous.activeSince()) || released.isAfter(now)
            ? null : Duration.between(released, now);
        return new ControllerRecord(member, now, now, gap, null);
    }

    /**
     * This record once its node gave the role up itself.
     *
     * @param at when it gave the role up
     * @return the record to leave for the next active controller
     */
    public @NonNull ControllerRecord released(final @NonNull Instant at) {
        return new ControllerRecord(activeNode, activeSince, lastFailover, lastFailoverDuration, requireNonNull(at));
    }
}
