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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.sr.policies.sr.policy.CandidatePath;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

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
        assertEquals(new RuleVerdict(RuleState.Installed, null, PINNED, true), resolution.verdicts().get("elephant"));
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
        assertEquals(new RuleVerdict(RuleState.InvalidRedirect, "invalid redirect-to-sr-policy-segment-list: " + why,
            "accept: forward as usual", true), resolution.verdicts().get("elephant"));
        assertEquals(List.of(new ResolutionEvent.InvalidRedirect("elephant", "pe1",
            RedirectKind.REDIRECT_TO_SR_POLICY_SEGMENT_LIST, why)), resolution.events());
    }

    @Test
    void candidatePathThatIsNotActiveIsNotPinned() {
        final RouterResolution resolution = resolver.resolve(router(
            candidatePath(7, 100, true, segmentList(2, true, "16001")),
            candidatePath(8, 200, true, segmentList(1, true, "16003"))), List.of(rule(false, false, 0)), null, T0);
        assertEquals("invalid redirect-to-sr-policy-segment-list: candidate path (origin 30, originator"
            + " 65000/192.0.2.250, discriminator 7) is not the active candidate path of SR Policy (color 10, endpoint"
            + " 192.0.2.9)", resolution.verdicts().get("elephant").reason());
    }

    @Test
    void losingThePinnedListWithFallbackFallsBackToTheSrPolicyWithOneEvent() {
        final CompiledRule rule = rule(true, false, 0);
        final RouterResolution pinned = resolver.resolve(listValid(true), List.of(rule), null, T0);
        final RouterResolution lost = resolver.resolve(listValid(false), List.of(rule), pinned, T0.plusSeconds(5));
        final RuleVerdict verdict = lost.verdicts().get("elephant");
        assertEquals(RuleState.PartiallyInstalled, verdict.state());
        assertEquals(FALLBACK, verdict.effectiveAction());
        assertEquals(List.of(new ResolutionEvent.SrFallback("elephant", "pe1", "segment list 2 of candidate path"
            + " (origin 30, originator 65000/192.0.2.250, discriminator 7) is not valid")), lost.events());
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
        assertEquals(RedirectKind.REDIRECT_TO_SR_POLICY_SEGMENT_LIST,
            ((ResolutionEvent.InvalidRedirect) lost.events().get(0)).kind());
    }

    @Test
    void recoveryWaitsForTheRevertTimerThenRepinsWithOneEvent() {
        final CompiledRule rule = rule(true, true, 30);
        final RouterResolution pinned = resolver.resolve(listValid(true), List.of(rule), null, T0);
        final RouterResolution lost = resolver.resolve(listValid(false), List.of(rule), pinned, T0.plusSeconds(10));
        final RouterResolution back = resolver.resolve(listValid(true), List.of(rule), lost, T0.plusSeconds(20));
        assertEquals(FALLBACK, back.verdicts().get("elephant").effectiveAction());
        assertEquals(T0.plusSeconds(50), back.nextDeadline());
        assertEquals(List.of(), back.events());
        final RouterResolution early = resolver.resolve(listValid(true), List.of(rule), back, T0.plusSeconds(49));
        assertEquals(FALLBACK, early.verdicts().get("elephant").effectiveAction());
        assertEquals(T0.plusSeconds(50), early.nextDeadline());
        final RouterResolution due = resolver.resolve(listValid(true), List.of(rule), early, T0.plusSeconds(50));
        assertEquals(new RuleVerdict(RuleState.Installed, null, PINNED, true), due.verdicts().get("elephant"));
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
        assertEquals(List.of(), back.events());
        assertNull(back.nextDeadline());
    }
}
