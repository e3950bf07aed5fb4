/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.PrefixLimitExceeded;
import io.flowsteer.api.spi.PrefixLimits;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The maximum number of routes one peer may send (RFC 4486 section 4, Maximum Number of Prefixes Reached), checked
 * after every UPDATE against the routes its Adj-RIB-In holds: flowspec (FSv1 and FSv2) and unicast routes are
 * counted apart, each over all negotiated families. A warn-only excess lasts while the Adj-RIB-In is over the limit;
 * a close lasts until the session sends an UPDATE that keeps it under the limits again.
 */
final class PrefixLimitCheck {
    private @Nullable PrefixLimitExceeded exceeded;

    /**
     * Checks the counts after an UPDATE.
     *
     * @param limits the peer's limits
     * @param flowspec flowspec routes held
     * @param unicast unicast routes held
     * @param family the family of the UPDATE, named in the NOTIFICATION
     * @return the excess when this UPDATE newly exceeded a limit (always when the limits close the session),
     *     null when nothing new is to be done
     */
    @Nullable PrefixLimitExceeded check(final @NonNull PrefixLimits limits, final long flowspec, final long unicast,
            final @NonNull BgpFamily family) {
        final PrefixLimitExceeded now;
        if (flowspec > limits.flowspec()) {
            now = new PrefixLimitExceeded("flowspec", family, flowspec, limits.flowspec(), limits.close());
        } else if (unicast > limits.unicast()) {
            now = new PrefixLimitExceeded("unicast", family, unicast, limits.unicast(), limits.close());
        } else {
            exceeded = null;
            return null;
        }
        final boolean fresh = exceeded == null || exceeded.closed() || !now.kind().equals(exceeded.kind());
        exceeded = now;
        return fresh ? now : null;
    }

    /**
     * The session ended: a warn-only excess ends with its routes, a close is kept to explain the session is down.
     */
    void sessionEnded() {
        if (exceeded != null && !exceeded.closed()) {
            exceeded = null;
        }
    }

    /**
     * The excess that still holds.
     *
     * @return it, or null
     */
    @Nullable PrefixLimitExceeded exceeded() {
        return exceeded;
    }
}
