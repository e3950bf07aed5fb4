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
import static io.flowsteer.impl.resolve.Routers.candidatePath;
import static io.flowsteer.impl.resolve.Routers.segmentList;
import static io.flowsteer.impl.resolve.Routers.srPolicies;
import static io.flowsteer.impl.resolve.Routers.srPolicy;
import static io.flowsteer.impl.resolve.Verdicts.assertInvalidRedirect;
import static io.flowsteer.impl.resolve.Verdicts.assertVerdict;
import static io.flowsteer.impl.resolve.Verdicts.leading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePath;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListFallback;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListNoRecovery;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListRecovering;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedSegmentList;

class SegmentListRedirectTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private static final String PINNED = "redirect to SR Policy (color 10, endpoint 192.0.2.9) segment list 2 of"
        + " candidate path (origin 30, originator 65000/192.0.2.250, discriminator 7) [16001, 16002]";
    private static final String FALLBACK = "steer into SR Policy (color 10, endpoint 192.0.2.9) by its weights"
        + " (not pinned)";

    private final RuleResolver resolver = new RuleResolver();

    private static RouterView router(final CandidatePath... paths) {
        return RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full)
            .setSrPolicies(srPolicies(srPolicy(10, "192.0.2.9", paths)).build()).build(), null, List.of());
    }

    private static RouterView listValid(final boolean valid) {
        return router(candidatePath(7, 100, true, segmentList(1, true, "16001"),
            segmentList(2, valid, "16001", "16002")));
    }

    private static CompiledRule rule(final boolean fallback, final boolean recovery, final int revert) {
        return compile(Flows.fsv2("elephant", 0, pin(fallback, recovery, revert)));
    }

    @Test
    void validSegmentListIsPinned() {
        final RouterResolution resolution = resolver.resolve(listValid(true), List.of(rule(true, true, 0)), null, T0);
        assertVerdict(RuleState.Installed, List.of(), PINNED, true, resolution.verdicts().get("elephant"));
        assertEquals(List.of(), resolution.events());
        assertEquals(SrPinning.Phase.PINNED, resolution.srPinning().get("elephant").phase());
    }

    @Test
    void whileTheRoutersLastNetconfPushFailedItsConfiguredSrPoliciesAreNotUsedAndTheReasonSaysWhy() {
        final RouterView doubted = RouterViews.of(Routers.builtIn("pe1", BuiltInProfile.Full)
            .setSrPolicies(srPolicies(srPolicy(10, "192.0.2.9", candidatePath(7, 100, true,
                segmentList(2, true, "16001", "16002")))).build()).build(), null, List.of(),
            "the last NETCONF push to it failed (invalid-value: bad color)");
        final RouterResolution resolution = resolver.resolve(doubted, List.of(rule(true, true, 0)), null, T0);
        assertEquals(List.of(UnresolvedSegmentList.VALUE), resolution.verdicts().get("elephant").reasons().codes());
        // the sentence names the failed push, which is what the operator has to fix
        assertEquals("invalid redirect-to-sr-policy-segment-list: SR Policy (color 10, endpoint 192.0.2.9) does not"
            + " exist on the router (not known to be on the router: the last NETCONF push to it failed (invalid-value:"
            + " bad color))", resolution.verdicts().get("elephant").reason());
    }

    @Test
    void segmentListInvalidAtFirstValidationIsAnInvalidRedirectEvenWithFallback() {
        final RouterResolution resolution = resolver.resolve(listValid(false), List.of(rule(true, true, 0)), null,
            T0);
        final String why = "segment list 2 of candidate path (origin 30, originator 65000/192.0.2.250, discriminator 7)"
            + " is not valid";
        assertVerdict(RuleState.InvalidRedirect, List.of(UnresolvedSegmentList.VALUE), "accept: forward as usual", true,
            resolution.verdicts().get("elephant"));
        assertEquals(Map.of("segment-list", "2", "sr-policy", "SR Policy (color 10, endpoint 192.0.2.9)"),
            leading(resolution.verdicts().get("elephant")).arguments());
        assertEquals(1, resolution.events().size());
        assertEquals(why, assertInvalidRedirect("elephant", "pe1", RedirectKind.REDIRECT_TO_SR_POLICY_SEGMENT_LIST,
            UnresolvedSegmentList.VALUE, resolution.events().get(0)).sentence());
    }

    @Test
    void candidatePathThatIsNotActiveIsNotPinned() {
        final RouterResolution resolution = resolver.resolve(router(
            candidatePath(7, 100, true, segmentList(2, true, "16001")),
            candidatePath(8, 200, true, segmentList(1, true, "16003"))), List.of(rule(false, false, 0)), null, T0);
        assertEquals(List.of(UnresolvedSegmentList.VALUE), resolution.verdicts().get("elephant").reasons().codes());
        assertTrue(resolution.verdicts().get("elephant").reason().endsWith("is not the active candidate path of SR"
            + " Policy (color 10, endpoint 192.0.2.9)"), resolution.verdicts().get("elephant").reason());
    }

    @Test
    void losingThePinnedListWithFallbackFallsBackToTheSrPolicyWithOneEvent() {
        final CompiledRule rule = rule(true, false, 0);
        final RouterResolution pinned = resolver.resolve(listValid(true), List.of(rule), null, T0);
        final RouterResolution lost = resolver.resolve(listValid(false), List.of(rule), pinned, T0.plusSeconds(5));
        final RuleVerdict verdict = lost.verdicts().get("elephant");
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertEquals(FALLBACK, verdict.effectiveAction());
        assertEquals(List.of(SegmentListFallback.VALUE), verdict.reasons().codes());
        assertEquals(1, lost.events().size());
        final ResolutionEvent.SrFallback fallback = assertInstanceOf(ResolutionEvent.SrFallback.class,
            lost.events().get(0));
        assertEquals(UnresolvedSegmentList.VALUE, fallback.reason().code());
        assertEquals("segment list 2 of candidate path (origin 30, originator 65000/192.0.2.250, discriminator 7) is"
            + " not valid", fallback.reason().sentence());
        final RouterResolution still = resolver.resolve(listValid(false), List.of(rule), lost, T0.plusSeconds(9));
        assertEquals(verdict, still.verdicts().get("elephant"));
        assertEquals(List.of(), still.events());
    }

    @Test
    void losingThePinnedListWithoutFallbackIsAnInvalidRedirect() {
        final CompiledRule rule = rule(false, false, 0);
        final RouterResolution pinned = resolver.resolve(listValid(true), List.of(rule), null, T0);
        final RouterResolution lost = resolver.resolve(listValid(false), List.of(rule), pinned, T0);
        assertEquals(RuleState.InvalidRedirect, lost.verdicts().get("elephant").state());
        assertEquals(1, lost.events().size());
        assertInvalidRedirect("elephant", "pe1", RedirectKind.REDIRECT_TO_SR_POLICY_SEGMENT_LIST,
            UnresolvedSegmentList.VALUE, lost.events().get(0));
    }

    @Test
    void recoveryWaitsForTheRevertTimerThenRepinsWithOneEvent() {
        final CompiledRule rule = rule(true, true, 30);
        final RouterResolution pinned = resolver.resolve(listValid(true), List.of(rule), null, T0);
        final RouterResolution lost = resolver.resolve(listValid(false), List.of(rule), pinned, T0.plusSeconds(10));
        final RouterResolution back = resolver.resolve(listValid(true), List.of(rule), lost, T0.plusSeconds(20));
        assertEquals(FALLBACK, back.verdicts().get("elephant").effectiveAction());
        assertEquals(T0.plusSeconds(50), back.nextDeadline());
        assertEquals(List.of(SegmentListRecovering.VALUE), back.verdicts().get("elephant").reasons().codes());
        assertEquals(T0.plusSeconds(50).toString(), leading(back.verdicts().get("elephant")).argument("revert-at"));
        assertEquals(List.of(), back.events());
        final RouterResolution early = resolver.resolve(listValid(true), List.of(rule), back, T0.plusSeconds(49));
        assertEquals(FALLBACK, early.verdicts().get("elephant").effectiveAction());
        assertEquals(T0.plusSeconds(50), early.nextDeadline());
        final RouterResolution due = resolver.resolve(listValid(true), List.of(rule), early, T0.plusSeconds(50));
        assertVerdict(RuleState.Installed, List.of(), PINNED, true, due.verdicts().get("elephant"));
        assertEquals(List.of(new ResolutionEvent.SrRecovery("elephant", "pe1")), due.events());
        assertNull(due.nextDeadline());
    }

    @Test
    void recoveryWithoutTheRFlagDoesNotRepin() {
        final CompiledRule rule = rule(true, false, 0);
        final RouterResolution pinned = resolver.resolve(listValid(true), List.of(rule), null, T0);
        final RouterResolution lost = resolver.resolve(listValid(false), List.of(rule), pinned, T0);
        final RouterResolution back = resolver.resolve(listValid(true), List.of(rule), lost, T0.plusSeconds(60));
        final RuleVerdict verdict = back.verdicts().get("elephant");
        assertEquals(FALLBACK, verdict.effectiveAction());
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertEquals(List.of(SegmentListNoRecovery.VALUE), verdict.reasons().codes());
        assertEquals(List.of(), back.events());
        assertNull(back.nextDeadline());
    }
}
