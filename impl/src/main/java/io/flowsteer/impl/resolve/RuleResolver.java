/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.community.ActionChainOrdering;
import io.flowsteer.api.community.ExtendedCommunity;
import io.flowsteer.api.community.RedirectToIndirectionId;
import io.flowsteer.api.community.RedirectToVrfAs2;
import io.flowsteer.api.community.RedirectToVrfAs4;
import io.flowsteer.api.community.RedirectToVrfIpv4;
import io.flowsteer.api.community.RedirectToVrfIpv6;
import io.flowsteer.api.community.TrafficAction;
import io.flowsteer.api.community.TrafficMarking;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.community.TrafficRatePackets;
import io.flowsteer.api.community.wide.RedirectGroupCommunity;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.RedirectGroupPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.CapabilityProfile.ActionFailure;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ActionNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ActionsForbiddenTogether;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Fsv2NotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.IndirectionIdOverridden;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.MatchNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.OptionalMatchNotSupported;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RedirectGroupNotUsed;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RedirectGroupTakesPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.TrafficRatesInterfere;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.VrfNotConfigured;

/**
 * Decides, for one router, what it really does with each rule that targets it. Stateless and deterministic: the
 * same inputs give the same resolution. The only memory is the previous resolution the caller hands back (SR
 * pinning with its revert timer, and which invalid redirects were already reported).
 *
 * <p>Per rule: FSv2 support; the actions the capability profile cannot do, handled by the rule's action chain
 * ordering community or else the router's action-failure default (draft-ietf-idr-fsv2-ip-basic sections 4.5.3 and
 * 4.5.5: stop on failure makes the rule unsupported, continue on failure installs it without those actions);
 * then the redirects: redirect to VRF (RFC 8955 section 7.4), redirect to IP (draft-ietf-idr-flowspec-redirect-ip),
 * redirect to indirection-id (draft-ietf-idr-flowspec-path-redirect; an RFC 8955 style redirect to VRF or IP on the
 * same rule wins, section 6), the redirect load-balancing group (draft-wu-idr-flowspec-redirect-group section 6.1-6.3
 * situations A and B) and redirect to SR Policy segment list (draft-liu-idr-flowspec-redirect-sr-segment-list).
 * Then the Dependent Filters Chain (draft-ietf-idr-fsv2-ip-basic section 3.2): a rule not installed takes every
 * rule with the same non-zero DFC down with it. Finally rules with the same match: the router gets the first of them
 * in installation order, the others are rejected there ({@link SameMatch}).
 */
public final class RuleResolver {
    /**
     * A stateless resolver.
     */
    public RuleResolver() {
        // stateless
    }

    /**
     * Resolves the rules that target a router.
     *
     * @param router the router
     * @param ordered the rules that target it, in installation order
     * @param previous this router's last resolution, null the first time
     * @param now the current time, for the SR revert timer
     * @return the verdicts in installation order, the events to publish and the next deadline
     */
    public @NonNull RouterResolution resolve(final @NonNull RouterView router,
            final @NonNull List<CompiledRule> ordered, final @Nullable RouterResolution previous,
            final @NonNull Instant now) {
        requireNonNull(router);
        requireNonNull(now);
        final Map<String, RuleVerdict> verdicts = new LinkedHashMap<>();
        final Map<String, List<ResolutionEvent>> events = new LinkedHashMap<>();
        final Map<String, SrPinning> pinning = new HashMap<>();
        final Map<String, Set<String>> invalidMemory = new LinkedHashMap<>();
        final Map<String, Instant> deadlines = new HashMap<>();
        for (CompiledRule rule : ordered) {
            final List<ResolutionEvent> ruleEvents = new ArrayList<>();
            final RuleWork work = new RuleWork();
            final RuleVerdict unsupported = unsupported(router, rule);
            if (unsupported != null) {
                verdicts.put(rule.name(), unsupported);
                events.put(rule.name(), ruleEvents);
                continue;
            }
            final SrPinning before = previous == null ? null : previous.srPinning().get(rule.name());
            final SegmentListResolver.Outcome sr = resolveActions(work, router, rule, before, now);
            if (sr != null) {
                pinning.put(rule.name(), sr.pinning());
                ruleEvents.addAll(sr.events());
                if (sr.deadline() != null) {
                    deadlines.put(rule.name(), sr.deadline());
                }
            }
            final Set<String> reported = previous == null ? Set.of()
                : previous.invalidRedirects().getOrDefault(rule.name(), Set.of());
            final Set<String> keys = new HashSet<>();
            for (RuleWork.Invalid invalid : work.invalids()) {
                if (keys.add(invalid.key()) && !reported.contains(invalid.key())) {
                    ruleEvents.add(0, new ResolutionEvent.InvalidRedirect(rule.name(), router.device(), invalid.kind(),
                        invalid.reason()));
                }
            }
            if (!keys.isEmpty()) {
                invalidMemory.put(rule.name(), keys);
            }
            verdicts.put(rule.name(), work.verdict());
            events.put(rule.name(), ruleEvents);
        }
        DependentFiltersChain.apply(router, ordered, verdicts);
        // After the chains: a rule displaced by one with its match is not a broken link of their common chain.
        SameMatch.apply(router, ordered, verdicts);
        for (Map.Entry<String, RuleVerdict> entry : verdicts.entrySet()) {
            if (entry.getValue().state() == RuleState.Rejected) {
                events.remove(entry.getKey());
                pinning.remove(entry.getKey());
                invalidMemory.remove(entry.getKey());
                deadlines.remove(entry.getKey());
            }
        }
        final List<ResolutionEvent> allEvents = events.values().stream().flatMap(List::stream).toList();
        final Instant next = deadlines.values().stream().min(Instant::compareTo).orElse(null);
        return new RouterResolution(router.device(), verdicts, allEvents, next, pinning, invalidMemory);
    }

    private static @Nullable RuleVerdict unsupported(final RouterView router, final CompiledRule rule) {
        final Capabilities caps = router.capabilities();
        if (rule.nlri() instanceof Fsv2Nlri && !caps.fsv2()) {
            return new RuleVerdict(RuleState.Unsupported, Reasons.of(Reason.of(Fsv2NotSupported.VALUE, "router "
                + router.device() + " (profile " + caps.profile() + ") does not support FSv2"
                + " (draft-ietf-idr-fsv2-ip-basic)").with("device", router.device()).with("profile", caps.profile())),
                null, false);
        }
        final UnmatchableComponents unmatchable = UnmatchableComponents.of(caps, rule);
        if (!unmatchable.mandatory().isEmpty()) {
            // a match the router cannot do is no action failure: no failure mode installs the rule without it
            final String components = RuleWork.list(unmatchable.mandatory());
            return new RuleVerdict(RuleState.Unsupported, Reasons.of(Reason.of(MatchNotSupported.VALUE, "router "
                + router.device() + " (profile " + caps.profile() + ") cannot match on " + components + ", which the"
                + " rule needs (draft-ietf-idr-fsv2-ip-basic section 6.2)").with("device", router.device())
                .with("profile", caps.profile()).with("components", components)), null, false);
        }
        final List<String> missing = missingCapabilities(router, rule);
        final ActionCategories.Forbidden forbidden = ActionCategories.of(rule);
        if (missing.isEmpty() && forbidden.described().isEmpty() || continueOnFailure(router, rule)) {
            return null;
        }
        return new RuleVerdict(RuleState.Unsupported, Reasons.of(notDone(router, rule, missing, forbidden)), null,
            false);
    }

    /**
     * Why some actions are not installed: the router cannot do them, or the rule forbids them together; the code
     * is the first of the two.
     */
    private static Reason notDone(final RouterView router, final CompiledRule rule, final List<String> missing,
            final ActionCategories.Forbidden forbidden) {
        final List<String> parts = new ArrayList<>(2);
        if (!missing.isEmpty()) {
            parts.add("router " + router.device() + " (profile " + router.capabilities().profile() + ") cannot do "
                + RuleWork.list(missing));
        }
        if (!forbidden.described().isEmpty()) {
            parts.add(forbidden.reason());
        }
        Reason reason = Reason.of(missing.isEmpty() ? ActionsForbiddenTogether.VALUE : ActionNotSupported.VALUE,
            String.join("; ", parts) + "; " + failureSource(router, rule) + " is stop on failure")
            .with("device", router.device()).with("profile", router.capabilities().profile());
        if (!missing.isEmpty()) {
            reason = reason.with("actions", RuleWork.list(missing));
        }
        if (!forbidden.described().isEmpty()) {
            reason = reason.with("forbidden", String.join("; ", forbidden.described()));
        }
        return reason.with("failure-mode-from", failureModeFrom(rule));
    }

    private static boolean continueOnFailure(final RouterView router, final CompiledRule rule) {
        final Optional<ActionChainOrdering> aco = aco(rule);
        return aco.isPresent() ? aco.orElseThrow().failure() == ActionChainOrdering.FAILURE_CONTINUE
            : router.actionFailure() == ActionFailure.ContinueOnFailure;
    }

    private static String failureSource(final RouterView router, final CompiledRule rule) {
        return aco(rule).isPresent() ? "the rule's action chain ordering (draft-ietf-idr-fsv2-ip-basic 4.5.5)"
            : "the router's action-failure default (draft-ietf-idr-fsv2-ip-basic 4.5.3)";
    }

    private static String failureModeFrom(final CompiledRule rule) {
        return aco(rule).isPresent() ? "action-chain-ordering" : "action-failure";
    }

    private static Optional<ActionChainOrdering> aco(final CompiledRule rule) {
        return rule.communities().stream().filter(ActionChainOrdering.class::isInstance)
            .map(ActionChainOrdering.class::cast).findFirst();
    }

    /**
     * The rule's actions as this router acts on them.
     */
    private record Actions(List<ExtendedCommunity> basic, @Nullable ExtendedCommunity vrf,
            List<RedirectToIpResolver.Target> redirectIps, List<RedirectToIndirectionId> indirections,
            @Nullable RedirectGroupCommunity group, boolean groupUsed, boolean segmentListUsed, List<String> missing,
            ActionCategories.Forbidden forbidden) {
    }

    private static List<String> missingCapabilities(final RouterView router, final CompiledRule rule) {
        return actions(router, rule).missing();
    }

    private static Actions actions(final RouterView router, final CompiledRule rule) {
        final Capabilities caps = router.capabilities();
        final List<String> missing = new ArrayList<>();
        final List<ExtendedCommunity> basic = new ArrayList<>();
        ExtendedCommunity vrf = null;
        final List<RedirectToIpResolver.Target> ips = new ArrayList<>();
        final List<RedirectToIndirectionId> indirections = new ArrayList<>();
        for (ExtendedCommunity community : rule.communities()) {
            if (community instanceof TrafficRateBytes) {
                keep(caps.trafficRateBytes(), "traffic-rate-bytes", community, basic, missing);
            } else if (community instanceof TrafficRatePackets) {
                keep(caps.trafficRatePackets(), "traffic-rate-packets", community, basic, missing);
            } else if (community instanceof TrafficAction) {
                keep(caps.trafficAction(), "traffic-action", community, basic, missing);
            } else if (community instanceof TrafficMarking) {
                keep(caps.trafficMarking(), "traffic-marking", community, basic, missing);
            } else if (routeTarget(community) != null) {
                if (caps.redirectToVrf()) {
                    vrf = community;
                } else {
                    missing.add("redirect-to-vrf");
                }
            } else if (community instanceof RedirectToIndirectionId indirection) {
                if (caps.redirectToIndirectionId()) {
                    indirections.add(indirection);
                } else if (!missing.contains("redirect-to-indirection-id")) {
                    missing.add("redirect-to-indirection-id");
                }
            } else {
                final RedirectToIpResolver.Target target = RedirectToIpResolver.Target.of(community);
                if (target != null) {
                    ips.add(target);
                }
            }
        }
        RedirectGroupCommunity group = rule.redirectGroup();
        boolean groupUsed = false;
        if (group != null && router.groupPrecedence() == RedirectGroupPrecedence.SituationB) {
            if (caps.redirectLoadBalancingGroup()) {
                groupUsed = true;
            } else {
                missing.add("redirect-load-balancing-group");
                final List<String> ignored = new ArrayList<>();
                final var valid = RedirectGroupResolver.validate(router, rule.nlri().afi(), group, ignored);
                final ExtendedCommunity compatibility = RedirectGroupResolver.compatibility(valid);
                final RedirectToIpResolver.Target target = compatibility == null ? null
                    : RedirectToIpResolver.Target.of(compatibility);
                if (target != null && !ips.contains(target)) {
                    ips.add(target);
                }
                group = null;
            }
        }
        final List<RedirectToIpResolver.Target> supported = new ArrayList<>();
        if (!groupUsed) {
            for (RedirectToIpResolver.Target target : ips) {
                final String lacking = RedirectToIpResolver.missingCapability(caps, target, vrf != null);
                if (lacking == null) {
                    supported.add(target);
                } else {
                    missing.add(lacking);
                }
            }
        } else {
            supported.addAll(ips);
        }
        final String nextHopLimit = RedirectToIpResolver.nextHopFormLimit(caps, rule.nlri().afi(), supported);
        if (nextHopLimit != null) {
            missing.add(nextHopLimit);
            supported.clear();
        }
        if (rule.srSegmentList() != null && !caps.redirectToSrPolicySegmentList()) {
            missing.add("redirect-to-sr-policy-segment-list");
        }
        final ActionCategories.Forbidden forbidden = ActionCategories.of(rule);
        if (forbidden.shaping()) {
            basic.removeIf(community -> community instanceof TrafficRateBytes
                || community instanceof TrafficRatePackets);
        }
        if (forbidden.redirect()) {
            return new Actions(basic, null, List.of(), List.of(), null, false, false, missing, forbidden);
        }
        return new Actions(basic, vrf, supported, indirections, group, groupUsed,
            rule.srSegmentList() != null && caps.redirectToSrPolicySegmentList(), missing, forbidden);
    }

    private static void keep(final boolean capable, final String name, final ExtendedCommunity community,
            final List<ExtendedCommunity> kept, final List<String> missing) {
        if (capable) {
            kept.add(community);
        } else {
            missing.add(name);
        }
    }

    private static SegmentListResolver.@Nullable Outcome resolveActions(final RuleWork work, final RouterView router,
            final CompiledRule rule, final @Nullable SrPinning before, final Instant now) {
        final Capabilities caps = router.capabilities();
        final Actions actions = actions(router, rule);
        if (!actions.missing().isEmpty()) {
            final String missing = RuleWork.list(actions.missing());
            work.partial(Reason.of(ActionNotSupported.VALUE, "installed without " + missing + ", which router "
                + router.device() + " (profile " + caps.profile() + ") cannot do; " + failureSource(router, rule)
                + " is continue on failure").with("device", router.device()).with("profile", caps.profile())
                .with("actions", missing).with("failure-mode-from", failureModeFrom(rule)));
        }
        final List<String> optional = UnmatchableComponents.of(caps, rule).optional();
        if (!optional.isEmpty()) {
            final String components = RuleWork.list(optional);
            work.partial(Reason.of(OptionalMatchNotSupported.VALUE, "installed without its optional match on "
                + components + ", which router " + router.device() + " (profile " + caps.profile() + ") cannot"
                + " match: it matches more traffic (draft-ietf-idr-fsv2-ip-basic section 6.2)")
                .with("device", router.device()).with("profile", caps.profile()).with("components", components));
        }
        if (!actions.forbidden().described().isEmpty()) {
            work.partial(Reason.of(ActionsForbiddenTogether.VALUE, "installed without its "
                + actions.forbidden().reason() + "; " + failureSource(router, rule) + " is continue on failure")
                .with("forbidden", String.join("; ", actions.forbidden().described()))
                .with("failure-mode-from", failureModeFrom(rule)));
        }
        for (ExtendedCommunity community : actions.basic()) {
            work.effective(describe(community));
        }
        if (actions.basic().stream().anyMatch(TrafficRateBytes.class::isInstance)
                && actions.basic().stream().anyMatch(TrafficRatePackets.class::isInstance)) {
            // RFC 8955 section 7.7 leaves interfering actions to the router and asks implementations to say so
            work.reason(Reason.of(TrafficRatesInterfere.VALUE, "traffic-rate-bytes and traffic-rate-packets"
                + " interfere (RFC 8955 section 7.7): both are sent, and which one router " + router.device()
                + " applies is its own choice").with("device", router.device()));
        }
        VrfTable vrf = null;
        String vrfTarget = null;
        if (actions.vrf() != null) {
            vrfTarget = routeTarget(actions.vrf());
            final Optional<VrfTable> found = router.vrfImporting(vrfTarget);
            if (found.isPresent()) {
                vrf = found.orElseThrow();
                work.effective("redirect to VRF " + vrf.name() + " (route target " + vrfTarget + ")");
            } else {
                // RFC 8955 section 7.4: the router redirects only into a VRF that imports the route target; without
                // one the redirect does nothing, like any other redirect that does not resolve
                work.invalid(RedirectKind.REDIRECT_TO_VRF, Reason.of(VrfNotConfigured.VALUE, "no VRF with import"
                    + " route target " + vrfTarget + " is configured for router " + router.device()
                    + " in static-routes, so the router does not redirect the traffic").with("route-target", vrfTarget)
                    .with("device", router.device()), true);
            }
        }
        final boolean groupResolved = actions.groupUsed()
            && RedirectGroupResolver.resolve(work, router, rule.nlri().afi(), actions.group());
        if (rule.redirectGroup() != null && router.groupPrecedence() == RedirectGroupPrecedence.SituationA) {
            work.reason(Reason.of(RedirectGroupNotUsed.VALUE, "redirect load-balancing group not used: router "
                + router.device() + " is in configuration situation A (redirect-group section 6.1)")
                .with("device", router.device()));
        }
        if (groupResolved && !actions.redirectIps().isEmpty()) {
            work.reason(Reason.of(RedirectGroupTakesPrecedence.VALUE, "the redirect group takes precedence over"
                + " the redirect-to-IP communities (situation B, redirect-group section 6.1)"));
        } else if (!actions.redirectIps().isEmpty()) {
            if (vrf != null || vrfTarget == null) {
                RedirectToIpResolver.resolve(work, caps, actions.redirectIps(), vrf == null ? router.global()
                    : vrf.table(), vrf == null ? "the global table" : "VRF " + vrf.name());
            } else {
                RedirectToIpResolver.resolve(work, caps, actions.redirectIps(), null,
                    "VRF (route target " + vrfTarget + ")");
            }
        }
        if (!actions.indirections().isEmpty()) {
            if (actions.vrf() != null || !actions.redirectIps().isEmpty() || groupResolved) {
                final String winner = actions.vrf() != null ? "redirect to VRF" : "redirect to IP";
                work.reason(Reason.of(IndirectionIdOverridden.VALUE, "redirect to indirection-id ignored: the rule's "
                    + winner + " takes priority (path-redirect section 6)")
                    .with("redirect", actions.vrf() != null ? "redirect-to-vrf" : "redirect-to-ip"));
            } else {
                IndirectionResolver.resolve(work, router, actions.indirections());
            }
        }
        if (actions.segmentListUsed()) {
            return SegmentListResolver.resolve(work, router, rule.name(), rule.srSegmentList(),
                rule.srRevertTimerSeconds(), before, now);
        }
        return null;
    }

    static @Nullable String routeTarget(final ExtendedCommunity community) {
        if (community instanceof RedirectToVrfAs2 as2) {
            return as2.asNumber() + ":" + as2.localAdministrator();
        } else if (community instanceof RedirectToVrfAs4 as4) {
            return as4.asNumber() + ":" + as4.localAdministrator();
        } else if (community instanceof RedirectToVrfIpv4 ipv4) {
            return AddressText.text(ipv4.globalAdministrator()) + ":" + ipv4.localAdministrator();
        } else if (community instanceof RedirectToVrfIpv6 ipv6) {
            return AddressText.text(ipv6.globalAdministrator()) + ":" + ipv6.localAdministrator();
        }
        return null;
    }

    private static String describe(final ExtendedCommunity community) {
        if (community instanceof TrafficRateBytes rate) {
            return rate.rate() == 0 ? "discard" : "rate-limit " + number(rate.rate()) + " bytes/s";
        } else if (community instanceof TrafficRatePackets rate) {
            return rate.rate() == 0 ? "discard" : "rate-limit " + number(rate.rate()) + " packets/s";
        } else if (community instanceof TrafficAction action) {
            final List<String> parts = new ArrayList<>();
            if (action.sample()) {
                parts.add("sample and log");
            }
            if (action.terminal()) {
                parts.add("continue with later rules");
            }
            return parts.isEmpty() ? "traffic-action without flags" : String.join("; ", parts);
        } else {
            return "set DSCP " + ((TrafficMarking) community).dscp();
        }
    }

    /**
     * A rate as an operator writes it: no exponent, no trailing zeros.
     *
     * @param value a finite rate
     * @return e.g. {@code 12500} or {@code 0.5}
     */
    static @NonNull String number(final float value) {
        return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }
}
