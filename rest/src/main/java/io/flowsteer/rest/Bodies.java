/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reading the rest of a body that is refused for its size. A server that answers before the client has sent its
 * body and then closes the connection leaves many clients with a broken connection instead of the answer
 * (RFC 9112 section 9.6); so a refused body is read and dropped, up to {@link #DRAIN_LIMIT}.
 */
final class Bodies {
    /** The most a refused body is read for; beyond it the connection is closed instead. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private Bodies() {
        // static helpers only
    }

    /**
     * Reads and drops what is left of a body, up to {@link #DRAIN_LIMIT} bytes.
     *
     * @param in the body
     * @throws IOException if reading fails
     */
    static void drain(final InputStream in) throws IOException {
        final byte[] chunk = new byte[65_536];
        long total = 0;
        for (int n = in.read(chunk); n >= 0 && total <= DRAIN_LIMIT; n = in.read(chunk)) {
            total += n;
        }
    }
}
