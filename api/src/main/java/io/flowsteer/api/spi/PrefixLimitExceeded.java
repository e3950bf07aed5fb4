/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.bgp.BgpFamily;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A peer sent more routes than its {@link PrefixLimits} allow (RFC 4486 section 4).
 *
 * @param kind {@code flowspec} or {@code unicast}, the limit exceeded
 * @param family the family of the UPDATE that exceeded it
 * @param count routes of that kind held when it was exceeded
 * @param limit the limit
 * @param closed whether the session was closed (close-and-restart) rather than only warned about
 */
public record PrefixLimitExceeded(@NonNull String kind, @NonNull BgpFamily family, long count, long limit,
        boolean closed) {
    /**
     * Checks for nulls.
     *
     * @param kind kind
     * @param family family
     * @param count count
     * @param limit limit
     * @param closed closed
     */
    public PrefixLimitExceeded {
        requireNonNull(kind);
        requireNonNull(family);
    }

    /**
     * What happened, in operator language.
     *
     * @return e.g. {@code the router sent 10001 flowspec routes, more than the 10000 allowed; ...}
     */
    public @NonNull String sentence() {
        return "the router sent " + count + " " + kind + " routes, more than the " + limit + " allowed"
            + (closed ? "; the session was closed (NOTIFICATION 6/1) and is tried again after restart-after"
                : "; warning only, every route is kept");
    }
}
