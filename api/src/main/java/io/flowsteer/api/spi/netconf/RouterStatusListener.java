/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

/**
 * Receives per-router NETCONF southbound status; the engine writes it to operational data. Called from the router's
 * own serial lane, so calls for one router arrive in order; calls for different routers may be concurrent.
 */
@FunctionalInterface
public interface RouterStatusListener {
    /**
     * A router's status changed.
     *
     * @param status the new status
     */
    void onStatus(RouterStatus status);
}
