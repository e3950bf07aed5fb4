/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import java.util.concurrent.CompletableFuture;
import org.eclipse.jdt.annotation.NonNull;

/**
 * A part of Flowsteer that works only on the active controller: the one node of the cluster that talks to the
 * routers and writes operational status (see {@link ActiveController}). On every other node, the standby, it keeps
 * following what it is told but reaches nothing outside the node. Each implementation documents what it does on
 * each transition.
 */
public interface ActiveOnly {
    /**
     * This node becomes the active controller, or stops being it. Asking for the role a part already has changes
     * nothing.
     *
     * @param active true when this node becomes the active controller, false when it goes on standby
     * @return completes once the transition is done (sessions opened or closed, status written up to it)
     */
    @NonNull CompletableFuture<Void> active(boolean active);
}
