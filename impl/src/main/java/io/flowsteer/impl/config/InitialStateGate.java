/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Holds every configuration change back until each feed has delivered its initial state, then releases them feed
 * by feed, in feed order, and from then on delivers each change as it comes. All deliveries run one at a time.
 *
 * <p>Without it, a start with configuration stored would hand followers each subtree as its own listener happened
 * to replay it: a NETCONF router's device before its indirection table, so that the router would be told to hold
 * an empty table and would lose its entries until the table arrived a moment later.
 */
final class InitialStateGate {
    private final int feeds;
    // guarded by this
    private final List<List<Runnable>> held = new ArrayList<>();
    private final BitSet initialSeen = new BitSet();
    private boolean open;

    /**
     * A closed gate for {@code feeds} feeds, numbered from 0 in the order their held changes are released.
     *
     * @param feeds how many feeds
     */
    InitialStateGate(final int feeds) {
        if (feeds < 1) {
            throw new IllegalArgumentException("a gate needs at least one feed");
        }
        this.feeds = feeds;
        for (int feed = 0; feed < feeds; feed++) {
            held.add(new ArrayList<>());
        }
    }

    /**
     * Delivers one change of {@code feed}: now when the gate is open, otherwise when it opens.
     *
     * @param feed the feed
     * @param delivery hands the change to the followers
     */
    synchronized void deliver(final int feed, final Runnable delivery) {
        if (open) {
            delivery.run();
        } else {
            held.get(feed).add(delivery);
        }
    }

    /**
     * Says that {@code feed} has delivered its initial state (its first changes, or that it has none). The last feed
     * to do so opens the gate. Later calls for the same feed change nothing.
     *
     * @param feed the feed
     */
    synchronized void initialStateSeen(final int feed) {
        if (open || initialSeen.get(feed)) {
            return;
        }
        initialSeen.set(feed);
        if (initialSeen.cardinality() < feeds) {
            return;
        }
        for (List<Runnable> deliveries : held) {
            deliveries.forEach(Runnable::run);
            deliveries.clear();
        }
        open = true;
    }

    /**
     * Whether every feed has delivered its initial state.
     *
     * @return true once the gate has opened
     */
    synchronized boolean isOpen() {
        return open;
    }
}
