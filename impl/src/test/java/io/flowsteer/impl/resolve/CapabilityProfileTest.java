/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Flows.compile;
import static io.flowsteer.impl.resolve.Flows.redirectTo;
import static io.flowsteer.impl.resolve.Flows.target;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfileBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.capability.profile.profile.BuiltInBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Dscp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrdering.Failure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrderingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficMarkingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRatePacketsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ActionNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Fsv2NotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yangtools.yang.common.Decimal64;
import org.opendaylight.yangtools.yang.common.Uint8;

class CapabilityProfileTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();

    private static RouterView huawei(final ActionFailure failure) {
        return RouterViews.of(Routers.builtIn("vrp", BuiltInProfile.HuaweiVrp).setCapabilityProfile(
            new CapabilityProfileBuilder().setProfile(new BuiltInBuilder().setBuiltIn(BuiltInProfile.HuaweiVrp)
                .build()).setActionFailure(failure).build()).build(), null,
            Routers.routes("203.0.113.0/24", "10.0.0.1"));
    }

    private RuleVerdict verdict(final RouterView router, final CompiledRule rule) {
        return resolver.resolve(router, List.of(rule), null, NOW).verdicts().get(rule.name());
    }

    @Test
    void ruleWithSupportedActionsIsInstalledAndSaysWhatTheRouterDoes() {
        final RuleVerdict verdict = verdict(huawei(ActionFailure.StopOnFailure), compile(Flows.dns("police",
            new ActionsBuilder().setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("1250.5"))
                .build()).setTrafficMarking(new TrafficMarkingBuilder().setDscp(new Dscp(Uint8.valueOf(10)))
                .build()))));
        assertVerdict(RuleState.Installed, List.of(), "rate-limit 1250.5 bytes/s; set DSCP 10", true, verdict);
    }

    @Test
    void byteAndPacketRateLimitsTogetherAreBothSentAndTheInterferenceIsNamed() {
        final RuleVerdict verdict = verdict(RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full).build(), null,
            List.of()), compile(Flows.dns("double-police", new ActionsBuilder()
                .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("125000")).build())
                .setTrafficRatePackets(new TrafficRatePacketsBuilder().setRate(Decimal64.valueOf("1000")).build()))));
        assertVerdict(RuleState.Installed, List.of(TrafficRatesInterfere.VALUE),
            "rate-limit 125000 bytes/s; rate-limit 1000 packets/s", true, verdict);
    }

    @Test
    void actionTheRouterCannotDoMakesTheRuleUnsupportedUnderStopOnFailure() {
        final RuleVerdict verdict = verdict(huawei(ActionFailure.StopOnFailure),
            compile(Flows.dns("tap", redirectTo(target("203.0.113.5", true)))));
        assertEquals(RuleState.Unsupported, verdict.state());
        assertFalse(verdict.advertise());
        assertNull(verdict.effectiveAction());
        assertEquals(List.of(ActionNotSupported.VALUE), verdict.reasons().codes());
        assertEquals(Map.of("device", "vrp", "profile", "huawei-vrp", "actions", "redirect-to-ip 203.0.113.5: copy"
            + " (C=1)", "failure-mode-from", "action-failure"), leading(verdict).arguments());
        // the sentence says which failure mode decided, so the operator knows what to change
        assertEquals("router vrp (profile huawei-vrp) cannot do redirect-to-ip 203.0.113.5: copy (C=1); the router's"
            + " action-failure default (draft-ietf-idr-fsv2-ip-basic 4.5.3) is stop on failure", verdict.reason());
    }

    @Test
    void continueOnFailureInstallsTheRulePartiallyWithoutTheAction() {
        final RuleVerdict verdict = verdict(huawei(ActionFailure.ContinueOnFailure),
            compile(Flows.dns("tap", redirectTo(target("203.0.113.5", true)).setTrafficMarking(
                new TrafficMarkingBuilder().setDscp(new Dscp(Uint8.valueOf(8))).build()))));
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertTrue(verdict.advertise());
        assertEquals("set DSCP 8", verdict.effectiveAction());
        assertEquals(List.of(ActionNotSupported.VALUE), verdict.reasons().codes());
        assertEquals("redirect-to-ip 203.0.113.5: copy (C=1)", leading(verdict).argument("actions"));
    }

    @Test
    void actionChainOrderingOfTheRuleOverridesTheRouterDefault() {
        final RouterView router = RouterViews.of(Routers.custom("c", Routers.allRedirectToIp().setCopy(false),
            Routers.allActions(), ActionFailure.StopOnFailure).build(), null,
            Routers.routes("203.0.113.0/24", "10.0.0.1"));
        final RuleVerdict continued = verdict(router, compile(Flows.fsv2("aco", 0,
            redirectTo(target("203.0.113.5", true)).setActionChainOrdering(new ActionChainOrderingBuilder()
                .setFailure(Failure.ContinueOnFailure).build()))));
        assertEquals(RuleState.PartiallyInstalled, continued.state());
        assertEquals("action-chain-ordering", leading(continued).argument("failure-mode-from"));
        final RouterView lenient = RouterViews.of(Routers.custom("c", Routers.allRedirectToIp().setCopy(false),
            Routers.allActions(), ActionFailure.ContinueOnFailure).build(), null, List.of());
        assertEquals(RuleState.Unsupported, verdict(lenient, compile(Flows.fsv2("aco", 0,
            redirectTo(target("203.0.113.5", true)).setActionChainOrdering(new ActionChainOrderingBuilder()
                .setFailure(Failure.StopOnFailure).build())))).state());
    }

    @Test
    void fsv2RuleOnARouterWithoutFsv2IsUnsupported() {
        final RuleVerdict verdict = verdict(huawei(ActionFailure.ContinueOnFailure),
            compile(Flows.fsv2("v2", 0, new ActionsBuilder())));
        assertVerdict(RuleState.Unsupported, List.of(Fsv2NotSupported.VALUE), null, false, verdict);
        assertEquals(Map.of("device", "vrp", "profile", "huawei-vrp"), leading(verdict).arguments());
    }

    @Test
    void ruleWithoutActionsIsInstalledAsAccept() {
        assertVerdict(RuleState.Installed, List.of(), "accept: forward as usual", true,
            verdict(huawei(ActionFailure.StopOnFailure), compile(Flows.dns("accept", new ActionsBuilder()))));
    }
}
