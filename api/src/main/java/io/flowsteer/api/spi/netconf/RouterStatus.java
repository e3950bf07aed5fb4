/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What Flowsteer knows about its NETCONF southbound to one router, reported after every change.
 *
 * @param router router name
 * @param session session state
 * @param since when the session entered that state
 * @param capabilities capabilities of the router's last hello (RFC 6241 section 8.1), empty before the first one
 * @param lastPush result of the last push attempt, or null before the first
 * @param readBackDifferences entries where the last read-back differs from the wanted table
 * @param consecutiveFailures failed attempts since the last success, drives the retry backoff
 * @param hostKeySha256 the SSH host key the router presented on the last connection attempt that reached the key
 *     exchange (RFC 4253 section 8), as OpenSSH's fingerprint {@code SHA256:<unpadded base64>}, or null before any
 *     key was seen
 * @param hostKeyCheck how that key compared with the pinned one, or null before any key was seen
 */
public record RouterStatus(String router, NetconfSessionState session, Instant since, Set<String> capabilities,
        @Nullable PushResult lastPush, List<String> readBackDifferences, int consecutiveFailures,
        @Nullable String hostKeySha256, @Nullable HostKeyCheck hostKeyCheck) {
    /**
     * Copies the collections.
     */
    public RouterStatus {
        requireNonNull(router);
        requireNonNull(session);
        requireNonNull(since);
        capabilities = Set.copyOf(capabilities);
        readBackDifferences = List.copyOf(readBackDifferences);
    }

    /**
     * A status without host key information.
     *
     * @param router router name
     * @param session session state
     * @param since when the session entered that state
     * @param capabilities capabilities of the router's last hello
     * @param lastPush result of the last push attempt, or null before the first
     * @param readBackDifferences entries where the last read-back differs from the wanted table
     * @param consecutiveFailures failed attempts since the last success
     */
    public RouterStatus(final String router, final NetconfSessionState session, final Instant since,
            final Set<String> capabilities, final @Nullable PushResult lastPush,
            final List<String> readBackDifferences, final int consecutiveFailures) {
        this(router, session, since, capabilities, lastPush, readBackDifferences, consecutiveFailures, null, null);
    }

    /**
     * Whether the router is known to hold exactly the wanted table.
     *
     * @return true after an in-sync or applied push
     */
    public boolean inSync() {
        final PushResult push = lastPush;
        return push != null && (push.outcome() == PushResult.Outcome.APPLIED
            || push.outcome() == PushResult.Outcome.IN_SYNC);
    }
}
