/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.order.RuleOrder;
import io.flowsteer.impl.resolve.ResolutionEvent;
import io.flowsteer.impl.resolve.RouterResolution;
import io.flowsteer.impl.resolve.RouterView;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.StatusWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotForRouterProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.RuleLimit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.RuleLimitBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the engine over what changed since the last: it resolves again the routers a change touched (in
 * full, or only the rules of the change), diffs each router's status lines and routes against what it had
 * ({@link RouterDiff}), writes what changed, gives each BGP peer its routes, publishes the resolver's events, syncs
 * the received routes and writes the rules' summary states. Owned by the engine's thread.
 */
final class ResolutionPass {
    private static final Logger LOG = LoggerFactory.getLogger(ResolutionPass.class);
    private static final long SEND_WAIT_SECONDS = 30;

    private final @NonNull StatusWriter statusWriter;
    private final @NonNull RuleResolver resolver;
    private final @NonNull BgpSouthbound bgp;
    private final @NonNull EventPublisher events;
    private final @NonNull RuleBook rules;
    private final @NonNull RouterBook routers;
    private final @NonNull ReceivedRouteSync received;
    private final Map<String, RuleState> summaries = new HashMap<>();

    ResolutionPass(final @NonNull StatusWriter statusWriter, final @NonNull RuleResolver resolver,
            final @NonNull BgpSouthbound bgp, final @NonNull EventPublisher events, final @NonNull RuleBook rules,
            final @NonNull RouterBook routers, final @NonNull ReceivedRouteSync received) {
        this.statusWriter = requireNonNull(statusWriter);
        this.resolver = requireNonNull(resolver);
        this.bgp = requireNonNull(bgp);
        this.events = requireNonNull(events);
        this.rules = requireNonNull(rules);
        this.routers = requireNonNull(routers);
        this.received = requireNonNull(received);
    }

    /**
     * The rules' status entries were rewritten whole (summary included) or removed: their summaries are written
     * again.
     *
     * @param changed rules whose entries were rewritten or removed
     */
    void forgetSummaries(final @NonNull Set<String> changed) {
        summaries.keySet().removeAll(changed);
    }

    /**
     * Every rule's status entry was rewritten whole: every summary is written again.
     */
    void forgetAllSummaries() {
        summaries.clear();
    }

    /**
     * Runs the pass.
     *
     * @param now the time of the pass
     * @return the earliest deadline of any router, when a pass must run again without a change, or null
     */
    @Nullable Instant run(final @NonNull Instant now) {
        final Set<String> full = routers.takeDue(now);
        final RuleBook.Scope scope = rules.changes();
        final Set<String> touchedRules = new HashSet<>(rules.rewritten());
        LOG.debug("Pass: {} routers in full, {} changed rules, {} chains, {} shared matches", full.size(),
            scope.rules().size(), scope.chains().size(), scope.matches().size());
        for (Map.Entry<String, Device> entry : routers.devices().entrySet()) {
            final String name = entry.getKey();
            if (full.contains(name)) {
                resolveGuarded(name, entry.getValue(), now, touchedRules, null);
            } else if (!scope.rules().isEmpty()) {
                resolveGuarded(name, entry.getValue(), now, touchedRules, scope);
            }
        }
        received.sync(routers.routers());
        rules.passed();
        writeSummaries(touchedRules);
        Instant next = null;
        for (RouterState router : routers.routers().values()) {
            next = RouterVerdicts.earliest(next, router.deadline);
        }
        return next;
    }

    /**
     * A bug while resolving one router must not stop the engine for every other router: it is logged with the
     * router's name, the router keeps its last verdicts, and the next change to it tries again. The router's maps
     * are changed in place before its peer is handed the change, so a failure may come between the two: its peer
     * is then handed every route again at the next hand-over, so that the speaker never keeps routes the engine
     * no longer knows it has.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void resolveGuarded(final String name, final Device device, final Instant now,
            final Set<String> touchedRules, final RuleBook.@Nullable Scope scope) {
        try {
            resolve(name, device, now, touchedRules, scope);
        } catch (RuntimeException e) {
            LOG.error("Failed to resolve rules for device {}; it keeps its previous status", name, e);
            final RouterState router = routers.routers().get(name);
            if (router != null) {
                router.delivered = false;
            }
        }
    }

    /**
     * Resolves a router: every rule targeting it, or, when only rules changed, just the rules of the scope, merged
     * into the router's previous resolution.
     */
    private void resolve(final String name, final Device device, final Instant now, final Set<String> touchedRules,
            final RuleBook.@Nullable Scope scope) {
        final RouterState router = routers.routers().computeIfAbsent(name, key -> new RouterState());
        final RouterVerdicts verdicts = router.verdicts;
        final boolean partial = scope != null && verdicts.resolved();
        final RouterLimit limit = RouterLimit.of(device);
        // Every rule targeting the router is looked at only when all of them are resolved, a limit is applied over
        // them, or the peer is handed its whole Adj-RIB-Out; a pass over a few changed rules costs as many.
        final List<CompiledRule> targeted = !partial || limit != null || wholeHandOver(router)
            ? RuleBook.targeted(name, device, rules.ordered()) : null;
        final Set<String> onlyRules = partial ? scope.rules() : Set.of();
        final List<CompiledRule> subject = partial ? rules.covered(scope, name, device, targeted)
            : requireNonNull(targeted);
        if (partial && subject.isEmpty() && onlyRules.stream().noneMatch(router.written::containsKey)) {
            LOG.debug("Device {}: none of the {} changed rules targets it or was on it", name, onlyRules.size());
            return;
        }
        RouterView view = router.view;
        if (view == null) {
            view = routers.view(name, device, router);
            router.view = view;
        }
        final RouterResolution resolution = resolver.resolve(view, subject, verdicts.memoryOf(name, subject), now);
        if (partial) {
            final Set<String> covered = new HashSet<>(onlyRules);
            subject.forEach(rule -> covered.add(rule.name()));
            verdicts.merge(resolution, covered);
        } else {
            verdicts.replace(resolution);
        }
        router.deadline = verdicts.deadline();

        final List<RouterDiff.Fresh> lines = new ArrayList<>(subject.size());
        final RouterProfile profile = RouterProfile.of(device.getBgp());
        for (CompiledRule rule : subject) {
            final RuleVerdict verdict = resolution.verdicts().get(rule.name());
            final DeviceStatusLine line = StatusLines.of(rule, verdict, router.peer, router.session, profile,
                view.capabilities().dialect());
            // a route the router's profile says it cannot take is never sent
            final boolean send = verdict != null && verdict.advertise()
                && !line.reasons().codes().contains(NotForRouterProfile.VALUE);
            lines.add(new RouterDiff.Fresh(rule.name(), line, send
                ? FlowspecRoutes.of(rule, verdict, view.capabilities().dialect()) : null));
        }
        final Set<String> replaced = partial ? new HashSet<>(onlyRules) : null;
        final List<RouterDiff.Fresh> limited = limit == null ? unlimited(name, router, lines)
            : limited(name, router, limit, requireNonNull(targeted), lines, replaced);
        final RouterDiff diff = RouterDiff.of(new RouterDiff.Before(router.written, router.advertised), replaced,
            limited, rules.rewritten(), rules.deleted());
        diff.applyTo(router.written, router.advertised);
        // The routes go first and the lines after them, once the speaker wrote the UPDATEs: a line saying a rule is
        // installed must not be readable before the UPDATE carrying it left.
        handOver(name, router, targeted, diff);
        for (String rule : diff.toWrite()) {
            final DeviceStatusLine line = diff.lines().get(rule);
            statusWriter.ruleOnDevice(rule, name, line.state(), line.reasons(), line.effectiveAction());
        }
        diff.toRemove().forEach(rule -> statusWriter.ruleOffDevice(rule, name));
        touchedRules.addAll(diff.touched());
        LOG.debug("Device {}: resolved {} rules (partial: {}), {} advertised", name, subject.size(), partial,
            router.advertised.size());
        for (ResolutionEvent event : resolution.events()) {
            events.publish(event);
        }
    }

    /**
     * Gives the router's BGP peer its routes: all of them the first time since the peer was put (that hand-over goes
     * even when empty: it ends the session's initial update with End-of-RIB, RFC 4724 section 2, which must wait for
     * the stored rules), afterwards only what the pass changed.
     */
    private void handOver(final String name, final RouterState router,
            final @Nullable List<CompiledRule> targeted, final RouterDiff diff) {
        final PeerConfig peer = router.peer;
        if (peer == null || !rules.storedRead()) {
            return;
        }
        if (!router.delivered) {
            final List<FlowspecRoute> routes = new ArrayList<>(router.advertised.size());
            // wholeHandOver(router) held when the pass began, so the targeted rules were listed
            for (CompiledRule rule : requireNonNull(targeted)) {
                final FlowspecRoute route = router.advertised.get(rule.name());
                if (route != null) {
                    routes.add(route);
                }
            }
            LOG.debug("Device {}: Adj-RIB-Out of {} is now {} routes", name, peer.address(), routes.size());
            awaitSent(name, bgp.sendAdjRibOut(peer.address(), routes));
            router.delivered = true;
        } else if (diff.routesChanged()) {
            LOG.debug("Device {}: Adj-RIB-Out of {} changes by {} routes put, {} withdrawn", name, peer.address(),
                diff.routeChange().put().size(), diff.routeChange().withdrawn().size());
            awaitSent(name, bgp.changeAdjRibOut(peer.address(), diff.routeChange()));
        }
    }

    /**
     * Whether this pass hands the router's peer its whole Adj-RIB-Out, which lists every rule targeting it.
     */
    private boolean wholeHandOver(final RouterState router) {
        return router.peer != null && rules.storedRead() && !router.delivered;
    }

    /**
     * Waits until the speaker wrote the UPDATEs of a new Adj-RIB-Out. A speaker that does not answer in time (its
     * event loop stuck) must not stop the engine: the lines are then written with a warning.
     */
    private static void awaitSent(final String name, final CompletionStage<Void> sent) {
        try {
            sent.toCompletableFuture().get(SEND_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Router {}: the BGP speaker did not confirm within {} s that it sent the rules' routes; their"
                + " status is written anyway", name, SEND_WAIT_SECONDS, e);
        }
    }

    /**
     * A router without a rule limit: its lines stand, and a limit status it had goes.
     */
    private List<RouterDiff.Fresh> unlimited(final String name, final RouterState router,
            final List<RouterDiff.Fresh> lines) {
        router.unlimited = Map.of();
        if (router.ruleLimit != null) {
            router.ruleLimit = null;
            statusWriter.deviceRemoved(name, RuleLimit.class);
        }
        return lines;
    }

    /**
     * A router with a rule limit (issue 15 item 7): the limit is applied over every rule targeting it, so a change
     * of one rule can move others in or out; those are added to the lines (and to the rules a partial resolution
     * replaces) when their line changes.
     */
    private List<RouterDiff.Fresh> limited(final String name, final RouterState router, final RouterLimit limit,
            final List<CompiledRule> targeted, final List<RouterDiff.Fresh> lines,
            final @Nullable Set<String> replaced) {
        final Map<String, RouterDiff.Fresh> fresh = new HashMap<>();
        lines.forEach(line -> fresh.put(line.rule(), line));
        final Map<String, RouterDiff.Fresh> all = new LinkedHashMap<>();
        for (CompiledRule rule : targeted) {
            final RouterDiff.Fresh line = fresh.containsKey(rule.name()) ? fresh.get(rule.name())
                : router.unlimited.get(rule.name());
            if (line != null) {
                all.put(rule.name(), line);
            }
        }
        router.unlimited = all;
        final LimitedLines outcome = LimitedLines.of(all.values(), rules::acceptedAt, limit);
        final List<RouterDiff.Fresh> out = new ArrayList<>(lines.size());
        for (RouterDiff.Fresh line : lines) {
            out.add(outcome.lines().get(line.rule()));
        }
        if (replaced != null) {
            outcome.lines().forEach((rule, line) -> {
                if (!fresh.containsKey(rule) && !line.line().equals(router.written.get(rule))) {
                    out.add(line);
                    replaced.add(rule);
                }
            });
        }
        final RuleLimit status = new RuleLimitBuilder().setLimit(Uint32.valueOf(limit.limit()))
            .setRulesWithinLimit(Uint32.valueOf(outcome.within())).setRulesOverLimit(Uint32.valueOf(outcome.over()))
            .build();
        if (!status.equals(router.ruleLimit)) {
            router.ruleLimit = status;
            statusWriter.deviceRuleLimit(name, status);
            if (outcome.over() > 0) {
                LOG.warn("Router {} holds at most {} flowspec rules: {} rules are not sent to it", name,
                    limit.limit(), outcome.over());
            }
        }
        return out;
    }

    private void writeSummaries(final Set<String> touchedRules) {
        for (String rule : touchedRules) {
            if (!rules.contains(rule)) {
                continue;
            }
            final List<RuleState> states = new ArrayList<>();
            for (RouterState router : routers.routers().values()) {
                final DeviceStatusLine line = router.written.get(rule);
                if (line != null) {
                    states.add(line.state());
                }
            }
            final RuleState summary = RuleStateSummary.of(states);
            if (summaries.put(rule, summary) != summary) {
                statusWriter.ruleState(rule, summary);
            }
        }
    }

    /**
     * Resolves every configured router for rules that are not (all) configured, without writing or sending
     * anything: the core of {@code preview-rule}.
     *
     * @param extra rules to resolve together with the configured ones, replacing those of the same name
     * @param now the time of the preview
     * @return per router, its resolution
     */
    @NonNull Map<String, RouterResolution> preview(final @NonNull List<CompiledRule> extra,
            final @NonNull Instant now) {
        final Set<String> names = names(extra);
        final List<CompiledRule> sorted = withChange(names, extra);
        final Map<String, RouterResolution> out = new LinkedHashMap<>();
        routers.devices().forEach((name, device) -> {
            final List<CompiledRule> targeted = RuleBook.targeted(name, device, sorted);
            if (targeted.stream().anyMatch(rule -> names.contains(rule.name()))) {
                final RouterState router = routers.routers().get(name);
                out.put(name, resolver.resolve(routers.view(name, device, router), targeted,
                    router == null ? null : router.verdicts.memoryOf(name, targeted), now));
            }
        });
        return out;
    }

    /**
     * A dry run of a bulk change (issue 15 item 8): every router a rule of the change targets, or holds a line of
     * now, is resolved with the change in place; the change's rules get their lines there under the router's limit
     * (the change's new rules accepted after every configured one, in installation order), and the configured rules
     * the router has a route for now but would not have then are withdrawn. Nothing is written or sent.
     *
     * @param batch the rules of the change, replacing configured rules of the same name
     * @param now the time of the dry run
     * @return per router touched, what the change would do there
     */
    @NonNull Map<String, RouterDryRun> dryRun(final @NonNull List<CompiledRule> batch, final @NonNull Instant now) {
        final Set<String> names = names(batch);
        final List<CompiledRule> sorted = withChange(names, batch);
        final Map<String, Long> newcomers = new HashMap<>();
        for (CompiledRule rule : sorted) {
            if (names.contains(rule.name()) && !rules.contains(rule.name())) {
                newcomers.put(rule.name(), Long.MAX_VALUE - sorted.size() + newcomers.size());
            }
        }
        final Map<String, RouterDryRun> out = new LinkedHashMap<>();
        routers.devices().forEach((name, device) -> {
            final RouterState router = routers.routers().get(name);
            final Map<String, FlowspecRoute> holds = router == null ? Map.of() : router.advertised;
            final List<CompiledRule> targeted = RuleBook.targeted(name, device, sorted);
            if (targeted.stream().noneMatch(rule -> names.contains(rule.name()))
                    && names.stream().noneMatch(holds::containsKey)) {
                return;
            }
            final RouterResolution resolution = resolver.resolve(routers.view(name, device, router), targeted,
                router == null ? null : router.verdicts.memoryOf(name, targeted), now);
            final Map<String, RouterDiff.Fresh> lines = new LinkedHashMap<>();
            for (CompiledRule rule : targeted) {
                final RuleVerdict verdict = resolution.verdicts().get(rule.name());
                if (verdict != null) {
                    lines.put(rule.name(), new RouterDiff.Fresh(rule.name(), new DeviceStatusLine(verdict.state(),
                        verdict.reasons(), verdict.effectiveAction()), verdict.advertise()
                            ? FlowspecRoutes.of(rule, verdict) : null));
                }
            }
            final RouterLimit limit = RouterLimit.of(device);
            final Map<String, RouterDiff.Fresh> limited = limit == null ? lines : LimitedLines.of(lines.values(),
                rule -> newcomers.getOrDefault(rule, rules.acceptedAt(rule)), limit).lines();
            final Map<String, DeviceStatusLine> verdicts = new LinkedHashMap<>();
            final List<String> withdrawn = new ArrayList<>();
            for (CompiledRule rule : targeted) {
                final RouterDiff.Fresh line = limited.get(rule.name());
                if (line != null && names.contains(rule.name())) {
                    verdicts.put(rule.name(), line.line());
                }
            }
            for (CompiledRule rule : rules.ordered()) {
                final RouterDiff.Fresh line = limited.get(rule.name());
                if (holds.containsKey(rule.name()) && (line == null || line.route() == null
                        || line.line().state() == RuleState.Rejected || line.line().state() == RuleState.Unsupported)) {
                    withdrawn.add(rule.name());
                }
            }
            out.put(name, new RouterDryRun(verdicts, withdrawn));
        });
        return out;
    }

    private static Set<String> names(final List<CompiledRule> change) {
        final Set<String> names = new HashSet<>();
        change.forEach(rule -> names.add(rule.name()));
        return names;
    }

    /**
     * Every configured rule and the rules of a change, which replace configured rules of the same name, in
     * installation order.
     */
    private List<CompiledRule> withChange(final Set<String> names, final List<CompiledRule> change) {
        final List<CompiledRule> all = new ArrayList<>(rules.ordered().size() + change.size());
        rules.ordered().stream().filter(rule -> !names.contains(rule.name())).forEach(all::add);
        all.addAll(change);
        return RuleOrder.of(all).rules();
    }

    /**
     * What the engine knows now, for the console and RPCs.
     *
     * @return an immutable snapshot
     */
    @NonNull EngineSnapshot snapshot() {
        final Map<String, RouterResolution> resolutions = new HashMap<>();
        final Map<String, io.flowsteer.api.spi.PeerStatus> sessions = new HashMap<>();
        final Map<String, Map<String, DeviceStatusLine>> lines = new HashMap<>();
        routers.routers().forEach((name, router) -> {
            final RouterResolution resolution = router.verdicts.copy(name, rules.ordered());
            if (resolution != null) {
                resolutions.put(name, resolution);
            }
            if (router.session != null) {
                sessions.put(name, router.session);
            }
            // the engine changes a router's map in place: the snapshot keeps a copy
            lines.put(name, Map.copyOf(router.written));
        });
        return new EngineSnapshot(rules.ordered(), Map.copyOf(routers.devices()), Map.copyOf(resolutions),
            Map.copyOf(sessions), Map.copyOf(lines));
    }
}
