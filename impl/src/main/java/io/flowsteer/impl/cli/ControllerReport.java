/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.impl.cluster.ControllerRecord;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The text of {@code flowsteer:controller}.
 */
final class ControllerReport {
    private ControllerReport() {
        // Utility class
    }

    /**
     * The report.
     *
     * @param member this node's member name
     * @param active whether this node is the active controller
     * @param record what the active controller wrote, or null when none has yet
     * @return the text, one fact a line
     */
    static String render(final String member, final boolean active, final @Nullable ControllerRecord record) {
        final StringBuilder text = new StringBuilder();
        if (record == null) {
            text.append("active controller: none yet (the cluster has not chosen one)\n");
        } else {
            text.append("active controller: ").append(record.activeNode()).append(", since ")
                .append(record.activeSince()).append('\n');
        }
        text.append("this node:         ").append(member).append(active ? ", active (talks to the routers)"
            : ", standby (follows the configuration, talks to no router)").append('\n');
        if (record != null) {
            final Instant released = record.releasedAt();
            if (released != null) {
                text.append("role given up:     at ").append(released)
                    .append(", no node is active until another takes over\n");
            }
            final Instant failover = record.lastFailover();
            if (failover == null) {
                text.append("last failover:     none\n");
            } else {
                final Duration gap = record.lastFailoverDuration();
                text.append("last failover:     ").append(failover).append(gap == null
                    ? ", how long it took is not known (the previous active node did not hand over)"
                    : ", " + gap.toMillis() + " ms without an active controller").append('\n');
            }
        }
        return text.toString();
    }
}
