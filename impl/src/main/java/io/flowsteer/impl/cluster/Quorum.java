/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

/**
 * Whether this node is on the side of the cluster that may act: it reaches a strict majority of the cluster's
 * members, itself included, and has not been downed. A single node always is.
 */
@FunctionalInterface
public interface Quorum {
    /**
     * Asks now.
     *
     * @return true when this node reaches a majority
     */
    boolean held();
}
