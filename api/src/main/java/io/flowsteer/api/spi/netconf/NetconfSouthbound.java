/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.spi.netconf;

/**
 * Keeps what each managed router holds locally (its indirection-id table, draft-ietf-idr-flowspec-path-redirect
 * section 2, and its SR Policies, RFC 9256 section 2) equal to what Flowsteer wants, over one NETCONF session per
 * router (RFC 6241). Calls return at once; pushes run in the background, serialized per router and in parallel
 * across routers, and report through {@link RouterStatusListener}. A router that is down or refuses keeps its
 * wanted state and is retried with backoff; on every reconnect its configuration is read and fully reconciled.
 */
public interface NetconfSouthbound extends AutoCloseable {
    /**
     * Sets the wanted state of a router, adding the router if it is new or its endpoint changed.
     *
     * @param endpoint how to reach the router
     * @param wanted the table and SR Policies it should hold
     */
    void setWanted(RouterEndpoint endpoint, RouterTables wanted);

    /**
     * Sets the wanted indirection-id table of a router that should hold no SR Policies.
     *
     * @param endpoint how to reach the router
     * @param wanted the table it should hold
     */
    default void setWanted(final RouterEndpoint endpoint, final IndirectionTable wanted) {
        setWanted(endpoint, RouterTables.of(wanted));
    }

    /**
     * Stops managing a router; its configuration is left as it is.
     *
     * @param router router name
     */
    void remove(String router);

    @Override
    void close();
}
