/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.community.fsv2.SrSegmentListAction;
import io.flowsteer.impl.status.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListFallback;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListNoRecovery;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListNotRePinned;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SegmentListRecovering;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.UnresolvedSegmentList;

/**
 * Redirect to SR Policy segment list (draft-liu-idr-flowspec-redirect-sr-segment-list section 3), against the
 * router's SR Policies.
 *
 * <p>Validation (section 3.1). The numbered steps are lost from the copy in specs/ and the public text could not
 * be retrieved when this was written, so these steps are Flowsteer's reading of the action's fields, the fallback
 * triggers of section 3.2 and RFC 9256: the SR Policy of that color and endpoint exists on the headend; the
 * candidate path named by protocol-origin, originator and discriminator exists; it is valid; it is the active
 * candidate path (RFC 9256 section 2.9); the segment list of that id exists in it; and it is valid. On success
 * traffic is pinned to that list only. On failure at first validation the action is as if absent (invalid
 * redirect).
 *
 * <p>After pinning (section 3.2), when the list or path becomes invalid or the path stops being active: with F set
 * the router falls back to ordinary SR Policy forwarding and raises an alert (SrFallback event); with F clear it
 * does not fall back and the action no longer has effect (invalid redirect). Recovery (section 3.3): when the list
 * is valid again and R is set, the router re-pins after the local revert timer (SrRecovery event); with R clear it
 * does not re-pin by itself.
 */
final class SegmentListResolver {
    private SegmentListResolver() {
        // utility class
    }

    /**
     * The outcome for one rule.
     *
     * @param pinning the new pinning state
     * @param events the transitions to publish (fallback, recovery)
     * @param deadline when the revert timer expires, or null
     */
    record Outcome(@NonNull SrPinning pinning, @NonNull List<ResolutionEvent> events, @Nullable Instant deadline) {
    }

    private record Pin(SrPolicyView policy, SrPolicyView.CandidatePath path, SrPolicyView.SegmentList list) {
    }

    static @NonNull Outcome resolve(final @NonNull RuleWork work, final @NonNull RouterView router,
            final @NonNull String rule, final @NonNull SrSegmentListAction action, final int revertSeconds,
            final @Nullable SrPinning previous, final @NonNull Instant now) {
        final List<String> failure = new ArrayList<>(1);
        final Pin pin = validate(router, action, failure);
        final List<ResolutionEvent> events = new ArrayList<>(1);
        final boolean everPinned = previous != null && previous.everPinned();
        final SrPinning.Phase was = previous == null ? null : previous.phase();
        final String list = "segment list " + action.segmentListId();
        final String policy = SrPolicyView.describe(action.color(), action.endpoint());
        if (pin != null) {
            if (was == null || was == SrPinning.Phase.PINNED || was == SrPinning.Phase.INVALID && !everPinned) {
                work.effective(pinned(action, pin));
                return new Outcome(new SrPinning(SrPinning.Phase.PINNED, true, null), events, null);
            }
            if (!action.recovery()) {
                work.reason(Reason.of(SegmentListNoRecovery.VALUE, list + " is valid again but the R flag is clear:"
                    + " the router does not re-pin by itself; withdraw and re-advertise the rule to pin again"
                    + " (segment-list section 3.3)").with("segment-list", action.segmentListId())
                    .with("sr-policy", policy));
                return notPinned(work, router, action, was == SrPinning.Phase.RECOVERING ? unpinnedPhase(action) : was,
                    everPinned, null, events, null);
            }
            final Instant since = was == SrPinning.Phase.RECOVERING && previous.recoveringSince() != null
                ? previous.recoveringSince() : now;
            final Instant due = since.plus(Duration.ofSeconds(revertSeconds));
            if (!now.isBefore(due)) {
                events.add(new ResolutionEvent.SrRecovery(rule, router.device()));
                work.effective(pinned(action, pin));
                return new Outcome(new SrPinning(SrPinning.Phase.PINNED, true, null), events, null);
            }
            work.reason(Reason.of(SegmentListRecovering.VALUE, list + " recovered; the router re-pins when the"
                + " revert timer of " + revertSeconds + " s expires at " + due + " (segment-list section 3.3)")
                .with("segment-list", action.segmentListId()).with("sr-policy", policy).with("revert-at", due));
            return notPinned(work, router, action, SrPinning.Phase.RECOVERING, everPinned, since, events, due);
        }
        final Reason why = Reason.of(UnresolvedSegmentList.VALUE, failure.get(0))
            .with("segment-list", action.segmentListId()).with("sr-policy", policy);
        final boolean wasPinned = was == SrPinning.Phase.PINNED || was == SrPinning.Phase.FALLBACK
            || was == SrPinning.Phase.RECOVERING;
        if (action.fallback() && wasPinned) {
            if (was == SrPinning.Phase.PINNED) {
                events.add(new ResolutionEvent.SrFallback(rule, router.device(), why));
            }
            work.partial(Reason.of(SegmentListFallback.VALUE, "pinning to " + list + " is no longer in effect: "
                + why.sentence() + "; fallback to ordinary SR Policy forwarding (F flag, segment-list section 3.2)")
                .with("segment-list", action.segmentListId()).with("sr-policy", policy));
            return notPinned(work, router, action, SrPinning.Phase.FALLBACK, everPinned, null, events, null);
        }
        work.invalid(RedirectKind.REDIRECT_TO_SR_POLICY_SEGMENT_LIST, wasPinned
            ? why.withSentence(why.sentence() + " (F flag clear: no fallback)") : why, true);
        return new Outcome(new SrPinning(SrPinning.Phase.INVALID, everPinned, null), events, null);
    }

    private static SrPinning.Phase unpinnedPhase(final SrSegmentListAction action) {
        return action.fallback() ? SrPinning.Phase.FALLBACK : SrPinning.Phase.INVALID;
    }

    private static Outcome notPinned(final RuleWork work, final RouterView router, final SrSegmentListAction action,
            final SrPinning.Phase phase, final boolean everPinned, final @Nullable Instant since,
            final List<ResolutionEvent> events, final @Nullable Instant deadline) {
        final SrPinning.Phase effective = phase == SrPinning.Phase.RECOVERING ? unpinnedPhase(action) : phase;
        if (effective == SrPinning.Phase.FALLBACK) {
            final Optional<SrPolicyView> policy = router.srPolicy(action.color(), action.endpoint());
            work.effective(policy.isPresent() && policy.orElseThrow().usable()
                ? "steer into " + policy.orElseThrow().describe() + " by its weights (not pinned)"
                : "forward as usual: " + SrPolicyView.describe(action.color(), action.endpoint())
                    + " is not usable");
            work.partial();
        } else {
            work.invalid(RedirectKind.REDIRECT_TO_SR_POLICY_SEGMENT_LIST, Reason.of(SegmentListNotRePinned.VALUE,
                "segment list " + action.segmentListId() + " is valid again but not re-pinned (F flag clear, pinning"
                + " was lost)").with("segment-list", action.segmentListId())
                .with("sr-policy", SrPolicyView.describe(action.color(), action.endpoint())), true);
        }
        return new Outcome(new SrPinning(phase, everPinned, since), events, deadline);
    }

    private static String pinned(final SrSegmentListAction action, final Pin pin) {
        return "redirect to " + pin.policy().describe() + " segment list " + action.segmentListId()
            + " of candidate path " + pin.path().describe()
            + (pin.list().segments().isEmpty() ? "" : " [" + RuleWork.list(pin.list().segments()) + "]");
    }

    private static @Nullable Pin validate(final RouterView router, final SrSegmentListAction action,
            final List<String> failure) {
        final Optional<SrPolicyView> policy = router.srPolicy(action.color(), action.endpoint());
        final String policyName = SrPolicyView.describe(action.color(), action.endpoint());
        if (policy.isEmpty()) {
            failure.add(policyName + " does not exist on the router" + router.doubtSuffix());
            return null;
        }
        final String pathName = "candidate path " + SrPolicyView.describePath(action.protocolOrigin(),
            action.originator().asn(), action.originator().nodeAddress(), action.discriminator());
        final Optional<SrPolicyView.CandidatePath> path = policy.orElseThrow().candidatePaths().stream()
            .filter(candidate -> candidate.protocolOrigin() == action.protocolOrigin()
                && candidate.originatorAsn() == action.originator().asn()
                && candidate.originatorAddress().equals(action.originator().nodeAddress())
                && candidate.discriminator() == action.discriminator())
            .findFirst();
        if (path.isEmpty()) {
            failure.add(pathName + " does not exist in " + policyName);
            return null;
        }
        if (!path.orElseThrow().valid()) {
            failure.add(pathName + " of " + policyName + " is not valid");
            return null;
        }
        if (!policy.orElseThrow().activePath().equals(path)) {
            failure.add(pathName + " is not the active candidate path of " + policyName);
            return null;
        }
        final Optional<SrPolicyView.SegmentList> list = path.orElseThrow().segmentList(action.segmentListId());
        if (list.isEmpty()) {
            failure.add("segment list " + action.segmentListId() + " does not exist in " + pathName);
            return null;
        }
        if (!list.orElseThrow().valid()) {
            failure.add("segment list " + action.segmentListId() + " of " + pathName + " is not valid");
            return null;
        }
        return new Pin(policy.orElseThrow(), path.orElseThrow(), list.orElseThrow());
    }
}
