/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import static java.util.Objects.requireNonNull;

import akka.cluster.Cluster;
import akka.cluster.ClusterEvent.CurrentClusterState;
import akka.cluster.Member;
import akka.cluster.MemberStatus;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.controller.cluster.datastore.DistributedDataStoreInterface;

/**
 * The quorum as this node's Akka cluster sees it, the cluster ODL's datastore runs on: the members that are up
 * (or joining, or weakly up), and those this node's failure detector finds unreachable. This node holds the quorum
 * while it is itself up and reaches more than half of the members, itself included. It is the view the split
 * brain resolver decides on (keep-majority), seen before it decides: a node cut off from the others knows at once,
 * not after the resolver's stable period.
 */
public final class AkkaQuorum implements Quorum {
    private final @NonNull Cluster cluster;

    private AkkaQuorum(final @NonNull Cluster cluster) {
        this.cluster = requireNonNull(cluster);
    }

    /**
     * The quorum of the cluster the datastore runs on.
     *
     * @param datastore the operational distributed datastore
     * @return the quorum
     */
    public static @NonNull AkkaQuorum of(final @NonNull DistributedDataStoreInterface datastore) {
        return new AkkaQuorum(Cluster.get(datastore.getActorUtils().getActorSystem()));
    }

    @Override
    public boolean held() {
        if (cluster.isTerminated()) {
            return false;
        }
        final MemberStatus self = cluster.selfMember().status();
        if (!counts(self)) {
            return false;
        }
        final CurrentClusterState state = cluster.state();
        int members = 0;
        for (Member member : state.getMembers()) {
            if (counts(member.status())) {
                members++;
            }
        }
        int unreachable = 0;
        for (Member member : state.getUnreachable()) {
            if (counts(member.status())) {
                unreachable++;
            }
        }
        // a node that has not yet joined anyone sees no member at all: it is alone, and a single node acts
        return members == 0 || (members - unreachable) * 2 > members;
    }

    private static boolean counts(final MemberStatus status) {
        return status == MemberStatus.up() || status == MemberStatus.weaklyUp() || status == MemberStatus.joining();
    }
}
