/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.impl.status.RuleEntryNodes.RuleLeaves;
import io.flowsteer.impl.status.RuleEntryNodes.Verdict;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedNextHop;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDevice;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.rule.OnDeviceBuilder;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.Uint64;

/**
 * The status writer builds rule entries as datastore nodes itself; each must be the very node the binding codec
 * makes of the same entry, so that RESTCONF, the console and every binding reader see what they saw before.
 */
class RuleEntryNodesTest {
    private static final Instant T0 = Instant.parse("2026-12-06T02:30:00.125Z");
    private static final Reasons TWO_REASONS = Reasons.of(
        Reason.of(UnresolvedNextHop.VALUE, "no route to 192.0.2.1").with("address", "192.0.2.1").with("rule", "r1"),
        Reason.of(TrafficRatesInterfere.VALUE, "another rate applies"),
        Reason.of(SessionDown.VALUE, "the session is down"));

    private static BindingNormalizedNodeSerializer codec;

    @BeforeAll
    static void startCodec() {
        codec = new InMemoryMdsal().serializer();
    }

    @Test
    void aRenderedRuleWithVerdictsIsTheNodeTheCodecMakes() {
        final List<Verdict> verdicts = List.of(
            new Verdict("pe1", RuleState.InvalidRedirect, TWO_REASONS, "redirect to 192.0.2.1", T0.plusMillis(1)),
            new Verdict("pe2", RuleState.Installed, Reasons.NONE, null, T0.plusSeconds(2)));
        final var built = RuleEntryNodes.rule("r1", new RuleLeaves("0518c00002", List.of("8006000000000000",
            "800900000000000a"), "c0ff000000", null, 4096L, RuleState.Installed), T0, verdicts);

        final Rule rule = new RuleBuilder().setName("r1").setNlri(new HexString("0518c00002"))
            .setExtendedCommunity(List.of(new HexString("8006000000000000"), new HexString("800900000000000a")))
            .setCommunityContainer(new HexString("c0ff000000")).setOrderKey(Uint64.valueOf(4096))
            .setState(RuleState.Installed).setLastChange(StatusPaths.dateAndTime(T0))
            .setOnDevice(BindingMap.of(verdict(verdicts.get(0)), verdict(verdicts.get(1)))).build();
        assertEquals(codec.toNormalizedDataObject(StatusPaths.rulePath("r1"), rule).node(), built);
    }

    @Test
    void aRefusedRuleIsTheNodeTheCodecMakes() {
        final var built = RuleEntryNodes.rule("bad", new RuleLeaves(null, null, null,
            List.of("rule bad: destination-prefix is not a prefix", "rule bad: no action"), null, RuleState.Failed),
            T0, List.of());

        final Rule rule = new RuleBuilder().setName("bad")
            .setValidationError(Set.of("rule bad: destination-prefix is not a prefix", "rule bad: no action"))
            .setState(RuleState.Failed).setLastChange(StatusPaths.dateAndTime(T0)).build();
        assertEquals(codec.toNormalizedDataObject(StatusPaths.rulePath("bad"), rule).node(), built);
    }

    @Test
    void aMergeOfOneLeafHoldsTheNameAndThatLeafOnly() {
        final var built = RuleEntryNodes.rule("r1", RuleLeaves.NONE.withOrderKey(7), null, List.of());

        final Rule rule = new RuleBuilder().setName("r1").setOrderKey(Uint64.valueOf(7)).build();
        assertEquals(codec.toNormalizedDataObject(StatusPaths.rulePath("r1"), rule).node(), built);
    }

    @Test
    void pathsAreThoseTheCodecMakes() {
        assertEquals(codec.toYangInstanceIdentifier(StatusPaths.rulePath("r1")), RuleEntryNodes.rulePath("r1"));
        assertEquals(codec.toYangInstanceIdentifier(StatusPaths.ruleDevicePath("r1", "pe1")),
            RuleEntryNodes.verdictPath("r1", "pe1"));
    }

    private static OnDevice verdict(final Verdict verdict) {
        return new OnDeviceBuilder().setName(new DeviceRef(verdict.device())).setState(verdict.state())
            .setReason(verdict.reasons().sentence())
            .setReasonCode(ReasonLeaves.code(verdict.reasons().leading()))
            .setReasonArgument(ReasonLeaves.arguments(verdict.reasons().leading()))
            .setFurtherReasonCode(ReasonLeaves.furtherCodes(verdict.reasons()))
            .setEffectiveAction(verdict.effectiveAction())
            .setLastChange(StatusPaths.dateAndTime(verdict.at())).build();
    }
}
