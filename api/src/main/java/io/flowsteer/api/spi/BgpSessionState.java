/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi;

/**
 * The states of the BGP finite state machine, RFC 4271 section 8.2.2.
 */
public enum BgpSessionState {
    /** Refuses connections; waits for the ConnectRetry timer or a start event. */
    IDLE,
    /** Waiting for the TCP connection to complete. */
    CONNECT,
    /** Listening for the peer's connection after a failed attempt. */
    ACTIVE,
    /** OPEN sent, waiting for the peer's OPEN. */
    OPEN_SENT,
    /** OPENs exchanged, waiting for KEEPALIVE or NOTIFICATION. */
    OPEN_CONFIRM,
    /** UPDATE, KEEPALIVE and NOTIFICATION may be exchanged. */
    ESTABLISHED
}
