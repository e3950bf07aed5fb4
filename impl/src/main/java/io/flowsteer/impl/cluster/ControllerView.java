/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Which node is the active controller, for the console.
 */
public interface ControllerView {
    /**
     * This node's cluster member name.
     *
     * @return the name, e.g. member-1
     */
    @NonNull String member();

    /**
     * Whether this node is the active controller now.
     *
     * @return true while it holds the role
     */
    boolean isActive();

    /**
     * The record the active controller wrote to operational status, read from the datastore (which every node of
     * the cluster reads alike).
     *
     * @return completes with the record, or empty while no node has been active yet
     */
    @NonNull CompletableFuture<Optional<ControllerRecord>> record();
}
