/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import org.w3c.dom.Document;

/**
 * Carries one NETCONF RPC at a time to a router and returns its rpc-reply (RFC 6241 section 4). An open
 * {@link RouterSession} is one, with the configured reply timeout.
 */
@FunctionalInterface
interface NetconfChannel {
    /**
     * Sends one RPC and waits for its reply.
     *
     * @param request the {@code <rpc>} document
     * @return the {@code <rpc-reply>} document
     * @throws RouterSession.TransportFailure when the session breaks or the reply does not come in time
     * @throws InterruptedException when interrupted while waiting
     */
    Document rpc(Document request) throws RouterSession.TransportFailure, InterruptedException;
}
