/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NoBgpSession;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotResolvedYet;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;

class StatusLinesTest {
    private static final CompiledRule RULE = ((Compilation.Compiled) new RuleCompiler().compile(
        Rules.dns("block-dns", "192.0.2.0/24").build())).rule();
    private static final RuleVerdict SEND = new RuleVerdict(RuleState.Advertised, Reasons.NONE, "discard", true);
    private static final PeerConfig PEER = BgpConfigs.peer("r1", new BgpBuilder()
        .setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.1"))).setPeerAs(Uint32.valueOf(65010))
        .build());

    @Test
    void aRuleNotResolvedYetIsPending() {
        final DeviceStatusLine line = StatusLines.of(RULE, null, PEER, null);
        assertEquals(RuleState.Pending, line.state());
        assertEquals(NotResolvedYet.VALUE, line.reasons().leading().code());
    }

    @Test
    void aRuleTheRouterDoesNotGetKeepsTheVerdict() {
        final RuleVerdict refused = new RuleVerdict(RuleState.InvalidRedirect,
            Reasons.of(Reason.of(UnresolvedNextHop.VALUE, "no route")), null, false);
        assertEquals(new DeviceStatusLine(RuleState.InvalidRedirect, refused.reasons(), null),
            StatusLines.of(RULE, refused, null, null));
    }

    @Test
    void aRuleToSendWaitsForThePeerAndItsSession() {
        final DeviceStatusLine noPeer = StatusLines.of(RULE, SEND, null, null);
        assertEquals(RuleState.Pending, noPeer.state());
        assertEquals(NoBgpSession.VALUE, noPeer.reasons().leading().code());
        final DeviceStatusLine notStarted = StatusLines.of(RULE, SEND, PEER, null);
        assertEquals(RuleState.Pending, notStarted.state());
        assertEquals(SessionDown.VALUE, notStarted.reasons().leading().code());
        assertEquals("discard", notStarted.effectiveAction());
    }
}
