/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

/**
 * How the SSH host key a router presented (RFC 4253 section 8, RFC 6242 section 3) compared with the pinned one
 * ({@link RouterEndpoint#hostKeySha256()}).
 */
public enum HostKeyCheck {
    /** No key is pinned: any key is accepted and the session is not authenticated. */
    NOT_PINNED,
    /** The presented key is the pinned one. */
    MATCHED,
    /** The presented key is not the pinned one: the session was refused before any RPC. */
    MISMATCHED
}
