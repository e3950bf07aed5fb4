/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

/**
 * State of Flowsteer's NETCONF session to one router (RFC 6241 section 8.1 hello exchange done or not).
 */
public enum NetconfSessionState {
    /** Opening the SSH connection or exchanging hellos. */
    CONNECTING,
    /** Hellos exchanged; the session carries RPCs. */
    CONNECTED,
    /** Not connected; a reconnect is scheduled with backoff. */
    DOWN,
    /** The router was removed from management; the session is closed for good. */
    CLOSED
}
