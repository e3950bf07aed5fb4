/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.api.match.PacketHeader;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.engine.DeviceStatusLine;
import io.flowsteer.impl.engine.EngineSnapshot;
import io.flowsteer.impl.status.Reasons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficActionBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.yang.common.Decimal64;

/**
 * RFC 8955 section 7.3: a rule whose traffic-action has the T (terminal action) bit set lets the later matching
 * rules apply too; without it, evaluation stops at the rule.
 */
class PacketExplainerTest {
    private static final PacketHeader DNS = PacketHeader.builder(Afi.IPV4).source(new byte[] {10, 0, 0, 1})
        .destination(new byte[] {(byte) 192, 0, 2, 7}).protocol(17).ports(4000, 53).build();

    @Test
    void theTerminalActionBitLetsTheLaterMatchingRulesApply() {
        final var explanation = PacketExplainer.explain(snapshot(true), "r1", DNS);
        assertEquals("sample", explanation.matchedRule());
        assertEquals(0, explanation.orderIndex());
        assertTrue(explanation.verdict().contains("rule sample (order 0, installed) applies: sample"),
            explanation.verdict());
        assertTrue(explanation.verdict().contains("evaluation continues: rule limit (order 1, installed) applies"),
            explanation.verdict());
        assertFalse(explanation.verdict().contains("rule drop"), "evaluation stops at limit: "
            + explanation.verdict());
    }

    @Test
    void withoutTheTerminalActionBitEvaluationStopsAtTheFirstRule() {
        final var explanation = PacketExplainer.explain(snapshot(false), "r1", DNS);
        assertEquals("sample", explanation.matchedRule());
        assertFalse(explanation.verdict().contains("rule limit"), explanation.verdict());
    }

    private static EngineSnapshot snapshot(final boolean terminal) {
        final List<CompiledRule> ordered = List.of(
            compile("sample", new ActionsBuilder().setTrafficAction(new TrafficActionBuilder().setSample(true)
                .setTerminal(terminal).build())),
            compile("limit", new ActionsBuilder().setTrafficRateBytes(new TrafficRateBytesBuilder()
                .setRate(Decimal64.valueOf("1000")).build())),
            compile("drop", new ActionsBuilder().setTrafficRateBytes(new TrafficRateBytesBuilder()
                .setRate(Decimal64.valueOf("0")).build())));
        final Map<String, DeviceStatusLine> lines = new HashMap<>();
        lines.put("sample", new DeviceStatusLine(RuleState.Installed, Reasons.NONE, "sample and log"));
        lines.put("limit", new DeviceStatusLine(RuleState.Installed, Reasons.NONE, "rate-limit 1000 bytes/s"));
        lines.put("drop", new DeviceStatusLine(RuleState.Installed, Reasons.NONE, "discard"));
        return new EngineSnapshot(ordered, Map.of("r1", new DeviceBuilder().setName(new DeviceRef("r1")).build()),
            Map.of(), Map.of(), Map.of("r1", lines));
    }

    private static CompiledRule compile(final String name, final ActionsBuilder actions) {
        return assertInstanceOf(Compilation.Compiled.class, new RuleCompiler().compile(
            Rules.dns(name, "192.0.2.0/24").setActions(actions.build()).build())).rule();
    }
}
