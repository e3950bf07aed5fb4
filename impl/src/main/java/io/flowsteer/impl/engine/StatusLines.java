/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.util.Locale;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FamilyNotNegotiated;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NoBgpSession;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotResolvedYet;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;

/**
 * The status line of a rule on a router, from the resolver's verdict and the router's BGP session: a rule the
 * router should get is pending until the session that carries it is established (RFC 4271 section 8), and
 * unsupported when the session did not negotiate the rule's family (RFC 4760 section 8).
 */
final class StatusLines {
    private StatusLines() {
        // utility class
    }

    /**
     * The line.
     *
     * @param rule the rule
     * @param verdict the router's verdict on it, or null when it was not resolved there yet
     * @param peer the router's BGP peer, or null when it has none
     * @param session the session's last status, or null when it has not started
     * @return the line
     */
    static @NonNull DeviceStatusLine of(final @NonNull CompiledRule rule, final @Nullable RuleVerdict verdict,
            final @Nullable PeerConfig peer, final @Nullable PeerStatus session) {
        if (verdict == null) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(NotResolvedYet.VALUE,
                "not resolved for this router yet")), null);
        }
        if (!verdict.advertise()) {
            return new DeviceStatusLine(verdict.state(), verdict.reasons(), verdict.effectiveAction());
        }
        if (peer == null) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(NoBgpSession.VALUE,
                "the router has no BGP session configured, so it cannot get the rule")), verdict.effectiveAction());
        }
        if (session == null || session.state() != BgpSessionState.ESTABLISHED) {
            final String state = session == null ? "not started" : session.state().name().toLowerCase(Locale.ROOT);
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(SessionDown.VALUE, "BGP session to "
                + peer.address().getHostAddress() + " is " + state + "; the rule is sent when it is established")
                .with("peer", peer.address().getHostAddress())
                .with("session-state", session == null ? "not-started" : state.replace('_', '-'))),
                verdict.effectiveAction());
        }
        final BgpFamily family = FlowspecRoutes.of(rule).family();
        if (session.negotiated() != null && !session.negotiated().families().contains(family)) {
            return new DeviceStatusLine(RuleState.Unsupported, Reasons.of(Reason.of(FamilyNotNegotiated.VALUE,
                "the BGP session did not negotiate " + BgpConfigs.yangName(family))
                .with("family", BgpConfigs.yangName(family))), verdict.effectiveAction());
        }
        return new DeviceStatusLine(verdict.state(), verdict.reasons(), verdict.effectiveAction());
    }
}
