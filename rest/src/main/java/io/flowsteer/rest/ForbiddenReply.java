/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Turns AAA's answer to a request its user's roles do not allow into 403 (RFC 9110 section 15.5.4) with a RESTCONF
 * error that says so. AAA's authorization filter answers it with {@code sendError(401)}, the status of a failed
 * login, which tells a client to try other credentials; a failed login itself carries a {@code WWW-Authenticate}
 * challenge (RFC 7617 section 2) and is set, not sent as an error, so it passes unchanged.
 */
final class ForbiddenReply extends HttpServletResponseWrapper {
    private final String method;
    private final boolean xml;
    private boolean forbidden;

    ForbiddenReply(final HttpServletResponse response, final String method, final boolean xml) {
        super(response);
        this.method = method;
        this.xml = xml;
    }

    @Override
    public void sendError(final int sc) throws IOException {
        if (!forbid(sc)) {
            super.sendError(sc);
        }
    }

    @Override
    public void sendError(final int sc, final String msg) throws IOException {
        if (!forbid(sc)) {
            super.sendError(sc, msg);
        }
    }

    /**
     * Whether this reply was turned into 403.
     *
     * @return true when the user's roles refused the request
     */
    boolean forbidden() {
        return forbidden;
    }

    private boolean forbid(final int sc) throws IOException {
        if (sc != SC_UNAUTHORIZED || containsHeader("WWW-Authenticate") || isCommitted()) {
            return false;
        }
        forbidden = true;
        final Refusal refusal = Refusal.forbidden(method);
        setStatus(refusal.status());
        setContentType(xml ? "application/yang-data+xml" : "application/yang-data+json");
        final byte[] body = refusal.body(xml);
        setContentLength(body.length);
        getOutputStream().write(body);
        flushBuffer();
        return true;
    }
}
