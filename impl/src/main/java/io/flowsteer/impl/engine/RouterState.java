/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.impl.resolve.RouterView;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.RuleLimit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;

/**
 * Per router: what was last resolved, written and sent. Owned by the engine's thread, which changes the maps in
 * place (a pass in proportion to its change, not to the router's rules); a snapshot copies them.
 */
final class RouterState {
    /** The unicast routes the router taught us, by prefix. */
    final Map<String, UnicastRoute> learned = new HashMap<>();
    @Nullable PeerConfig peer;
    @Nullable PeerStatus session;
    Instant sessionSince = Instant.EPOCH;
    /** What the resolver last said about every rule on the router. */
    final RouterVerdicts verdicts = new RouterVerdicts();
    /** The resolver's view of the router, built again after anything it is made of changed. */
    @Nullable RouterView view;
    /** The status lines written, by rule. */
    final Map<String, DeviceStatusLine> written = new HashMap<>();
    /**
     * The routes the router's peer should have, by rule; once {@link #delivered}, the speaker holds exactly these and
     * is handed only their changes.
     */
    final Map<String, FlowspecRoute> advertised = new HashMap<>();
    /**
     * The speaker holds the peer's Adj-RIB-Out from a pass that had the stored rules, since the peer was put or the
     * resolution forgotten: until then, the next hand-over is of every route.
     */
    boolean delivered;
    /** The routes the router sent us changed since they were last written. */
    boolean receivedChanged;
    /** The flowspec routes it sent us as last written, by NLRI. */
    Map<String, Flowspec> receivedFlowspec = Map.of();
    /** The unicast routes it sent us as last written, by prefix. */
    Map<String, Unicast> receivedUnicast = Map.of();
    @Nullable Instant deadline;
    /** Under a rule limit: every rule's line as if there were none, by rule; empty without a limit. */
    Map<String, RouterDiff.Fresh> unlimited = Map.of();
    /** The {@code rule-limit} status last written, or null when none is. */
    @Nullable RuleLimit ruleLimit;

    boolean sessionUp() {
        return peer != null && session != null && session.state() == BgpSessionState.ESTABLISHED;
    }

    /**
     * Forgets what was resolved, written and sent, so that the next pass does it all again.
     */
    void forgetResolution() {
        written.clear();
        advertised.clear();
        // the speaker may hold routes the next resolution no longer has: it gets them all again
        delivered = false;
        verdicts.forget();
        view = null;
        unlimited = Map.of();
    }
}
