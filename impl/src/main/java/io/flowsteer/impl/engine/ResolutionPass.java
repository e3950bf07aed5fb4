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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotForRouterProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
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
            next = RouterResolutions.earliest(next, router.deadline);
        }
        return next;
    }

    /**
     * A bug while resolving one router must not stop the engine for every other router: it is logged with the
     * router's name, the router keeps its last verdicts, and the next change to it tries again.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void resolveGuarded(final String name, final Device device, final Instant now,
            final Set<String> touchedRules, final RuleBook.@Nullable Scope scope) {
        try {
            resolve(name, device, now, touchedRules, scope);
        } catch (RuntimeException e) {
            LOG.error("Failed to resolve rules for device {}; it keeps its previous status", name, e);
        }
    }

    /**
     * Resolves a router: every rule targeting it, or, when only rules changed, just the rules of the scope, merged
     * into the router's previous resolution.
     */
    private void resolve(final String name, final Device device, final Instant now, final Set<String> touchedRules,
            final RuleBook.@Nullable Scope scope) {
        final RouterState router = routers.routers().computeIfAbsent(name, key -> new RouterState());
        final List<CompiledRule> targeted = RuleBook.targeted(name, device, rules.ordered());
        final RouterResolution previous = router.resolution;
        final boolean partial = scope != null && previous != null;
        final Set<String> onlyRules = partial ? scope.rules() : Set.of();
        final List<CompiledRule> subject = partial ? targeted.stream().filter(scope::covers).toList() : targeted;
        if (partial && subject.isEmpty() && onlyRules.stream().noneMatch(router.written::containsKey)) {
            LOG.debug("Device {}: none of the {} changed rules targets it or was on it", name, onlyRules.size());
            return;
        }
        RouterView view = router.view;
        if (view == null) {
            view = routers.view(name, device, router);
            router.view = view;
        }
        final RouterResolution fresh = resolver.resolve(view, subject, previous, now);
        final RouterResolution resolution = partial ? RouterResolutions.merge(previous, fresh, targeted) : fresh;
        router.resolution = resolution;
        router.deadline = resolution.nextDeadline();

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
        final RouterDiff.Before before = new RouterDiff.Before(router.written, router.advertised);
        final RouterDiff diff = RouterDiff.of(before, partial ? onlyRules : null, lines, rules.rewritten(),
            rules.deleted());
        for (String rule : diff.toWrite()) {
            final DeviceStatusLine line = diff.written().get(rule);
            statusWriter.ruleOnDevice(rule, name, line.state(), line.reasons(), line.effectiveAction());
        }
        diff.toRemove().forEach(rule -> statusWriter.ruleOffDevice(rule, name));
        touchedRules.addAll(diff.touched());
        router.written = diff.written();
        final PeerConfig peer = router.peer;
        if (peer != null && diff.advertisedChanged(before)) {
            final List<FlowspecRoute> routes = new ArrayList<>(diff.advertised().size());
            for (CompiledRule rule : targeted) {
                final FlowspecRoute route = diff.advertised().get(rule.name());
                if (route != null) {
                    routes.add(route);
                }
            }
            LOG.debug("Device {}: Adj-RIB-Out of {} is now {} routes", name, peer.address(), routes.size());
            bgp.setAdjRibOut(peer.address(), routes);
            router.sent = List.copyOf(routes);
        }
        LOG.debug("Device {}: resolved {} of {} rules (partial: {}), {} advertised", name, subject.size(),
            targeted.size(), partial, diff.advertised().size());
        router.advertised = diff.advertised();
        for (ResolutionEvent event : resolution.events()) {
            events.publish(event);
        }
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
        final Set<String> names = new HashSet<>();
        extra.forEach(rule -> names.add(rule.name()));
        final List<CompiledRule> all = new ArrayList<>(rules.ordered().size() + extra.size());
        rules.ordered().stream().filter(rule -> !names.contains(rule.name())).forEach(all::add);
        all.addAll(extra);
        final List<CompiledRule> sorted = RuleOrder.of(all).rules();
        final Map<String, RouterResolution> out = new LinkedHashMap<>();
        routers.devices().forEach((name, device) -> {
            final List<CompiledRule> targeted = RuleBook.targeted(name, device, sorted);
            if (targeted.stream().anyMatch(rule -> names.contains(rule.name()))) {
                final RouterState router = routers.routers().get(name);
                out.put(name, resolver.resolve(routers.view(name, device, router), targeted,
                    router == null ? null : router.resolution, now));
            }
        });
        return out;
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
            if (router.resolution != null) {
                resolutions.put(name, router.resolution);
            }
            if (router.session != null) {
                sessions.put(name, router.session);
            }
            // A router's map is replaced, never changed, once a pass wrote it, so sharing it is safe.
            lines.put(name, Collections.unmodifiableMap(router.written));
        });
        return new EngineSnapshot(rules.ordered(), Map.copyOf(routers.devices()), Map.copyOf(resolutions),
            Map.copyOf(sessions), Map.copyOf(lines));
    }
}
