/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static io.flowsteer.impl.resolve.Flows.compile;
import static io.flowsteer.impl.resolve.Flows.pin;
import static io.flowsteer.impl.resolve.Flows.redirectTo;
import static io.flowsteer.impl.resolve.Flows.target;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrdering.Failure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrdering.Interaction;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.ActionChainOrderingBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRateBytesBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.actions.TrafficRatePacketsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ActionsForbiddenTogether;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yangtools.yang.common.Decimal64;

/**
 * Two actions of one category on an FSv2 rule (draft-ietf-idr-fsv2-ip-basic 4.5.1) and the rule's AC-interaction
 * (4.5.5): 0, the default, installs neither; 1 leaves them to the router.
 */
class ActionCategoriesTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final String SHAPING = "two actions of one category (traffic-rate-bytes with traffic-rate-packets),"
        + " which the rule's action chain ordering forbids (AC-interaction 0, draft-ietf-idr-fsv2-ip-basic 4.5.1 and"
        + " 4.5.5)";

    private final RuleResolver resolver = new RuleResolver();
    private final RouterView pe1 = RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full)
        .setSrPolicies(Routers.srPolicies(Routers.srPolicy(10, "192.0.2.9", Routers.candidatePath(7, 100, true,
            Routers.segmentList(2, true, "16001")))).build()).build(), null,
        Routers.routes("203.0.113.0/24", "10.0.0.1"));

    private static ActionsBuilder twoRates() {
        return new ActionsBuilder()
            .setTrafficRateBytes(new TrafficRateBytesBuilder().setRate(Decimal64.valueOf("125000")).build())
            .setTrafficRatePackets(new TrafficRatePacketsBuilder().setRate(Decimal64.valueOf("1000")).build());
    }

    private RuleVerdict verdict(final CompiledRule rule) {
        return resolver.resolve(pe1, List.of(rule), null, NOW).verdicts().get(rule.name());
    }

    @Test
    void anFsv2RuleWithTwoRateLimitsAndNoActionChainOrderingIsNotInstalledUnderStopOnFailure() {
        final RuleVerdict verdict = verdict(compile(Flows.fsv2("two-rates", 0, twoRates())));
        assertEquals(RuleState.Unsupported, verdict.state());
        assertFalse(verdict.advertise());
        assertEquals(List.of(ActionsForbiddenTogether.VALUE), verdict.reasons().codes());
        assertEquals(Map.of("device", "pe1", "profile", "full", "forbidden",
            "traffic-rate-bytes with traffic-rate-packets", "failure-mode-from", "action-failure"),
            leading(verdict).arguments());
        // the sentence explains the rule of the draft the operator ran into
        assertEquals(SHAPING + "; the router's action-failure default (draft-ietf-idr-fsv2-ip-basic 4.5.3) is stop on"
            + " failure", verdict.reason());
    }

    @Test
    void continueOnFailureInstallsTheRuleWithoutEitherRateLimit() {
        final RuleVerdict verdict = verdict(compile(Flows.fsv2("two-rates", 0, twoRates().setActionChainOrdering(
            new ActionChainOrderingBuilder().setFailure(Failure.ContinueOnFailure).build()))));
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertTrue(verdict.advertise());
        assertFalse(verdict.effectiveAction().contains("rate-limit"), verdict.effectiveAction());
        assertEquals(List.of(ActionsForbiddenTogether.VALUE), verdict.reasons().codes());
        assertEquals("action-chain-ordering", leading(verdict).argument("failure-mode-from"));
    }

    @Test
    void acInteractionLocalConfigLeavesBothToTheRouterAsRfc8955Section77Says() {
        final RuleVerdict verdict = verdict(compile(Flows.fsv2("two-rates", 0, twoRates().setActionChainOrdering(
            new ActionChainOrderingBuilder().setInteraction(Interaction.LocalConfig).build()))));
        assertEquals(RuleState.Installed, verdict.state());
        assertEquals("rate-limit 125000 bytes/s; rate-limit 1000 packets/s", verdict.effectiveAction());
        assertEquals(List.of(TrafficRatesInterfere.VALUE), verdict.reasons().codes());
    }

    @Test
    void aSegmentListPinWithARedirectToIpIsTwoRedirectsAndNeitherIsInstalled() {
        final RuleVerdict verdict = verdict(compile(Flows.fsv2("pin-and-ip", 0, pin(true, false, 0)
            .setRedirectToIp(redirectTo(target("203.0.113.5", false)).getRedirectToIp())
            .setActionChainOrdering(new ActionChainOrderingBuilder().setFailure(Failure.ContinueOnFailure).build()))));
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertEquals(ActionsForbiddenTogether.VALUE, leading(verdict).code());
        assertEquals("redirect-to-sr-policy-segment-list with redirect-to-ip", leading(verdict).argument("forbidden"));
        assertFalse(verdict.effectiveAction().contains("redirect"), verdict.effectiveAction());
    }

    @Test
    void aRedirectToIpInsideARedirectToVrfIsOneRedirectNotTwo() {
        final RuleVerdict verdict = verdict(compile(Flows.fsv2("ip-in-vrf", 0,
            Flows.vrf(redirectTo(target("203.0.113.5", false)), 65000, 100))));
        assertFalse(verdict.reasons().codes().contains(ActionsForbiddenTogether.VALUE), verdict.reason());
        assertTrue(verdict.advertise());
    }
}
