/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.controller.cluster.datastore.DistributedDataStoreInterface;

/**
 * This node's cluster member name, as the clustered datastore knows it (the role in the node's akka.conf:
 * member-1 on a single node).
 */
public final class ClusterMember {
    private ClusterMember() {
        // Utility class
    }

    /**
     * The member name of this node.
     *
     * @param datastore the operational distributed datastore
     * @return the name
     */
    public static @NonNull String name(final @NonNull DistributedDataStoreInterface datastore) {
        return datastore.getActorUtils().getCurrentMemberName().getName();
    }
}
