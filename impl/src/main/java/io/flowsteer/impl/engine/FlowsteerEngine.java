/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpFamily;
import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSessionState;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerConfig;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.ReceivedFlowspec;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.netconf.NetconfDeviceBridge;
import io.flowsteer.impl.order.OrderListener;
import io.flowsteer.impl.resolve.ResolutionEvent;
import io.flowsteer.impl.resolve.RouterResolution;
import io.flowsteer.impl.resolve.RouterView;
import io.flowsteer.impl.resolve.RouterViews;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.resolve.SrPinning;
import io.flowsteer.impl.status.Reason;
import io.flowsteer.impl.status.Reasons;
import io.flowsteer.impl.status.StatusWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FamilyNotNegotiated;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NoBgpSession;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.NotResolvedYet;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.SessionDown;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine between configuration and the southbounds. It holds the ordered compiled rules, the routers, their
 * indirection tables, their BGP sessions and the unicast routes they taught us; whenever one of them changes it
 * re-resolves the routers that change touches (and only those), then
 * <ul>
 *   <li>writes each rule's verdict on each router, and each rule's summary state, through the {@link StatusWriter},
 *       only where they changed;</li>
 *   <li>gives each router's BGP peer exactly the routes its verdicts say it should have (the speaker sends the
 *       difference);</li>
 *   <li>publishes the resolver's events as notifications.</li>
 * </ul>
 *
 * <p>All state lives on one thread: callbacks from the datastore and the speaker only queue work. Bursts are
 * coalesced: a pass runs shortly after the first change and handles everything queued by then, so a RESTCONF
 * batch of a thousand rules costs one resolution per router, not a thousand.
 */
public final class FlowsteerEngine implements EngineView, OrderListener, BgpPeerListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlowsteerEngine.class);
    private static final long COALESCE_MILLIS = 20;

    private final @NonNull StatusWriter statusWriter;
    private final @NonNull RuleResolver resolver;
    private final @NonNull BgpSouthbound bgp;
    private final @NonNull EventPublisher events;
    private final @NonNull Clock clock;
    private final ScheduledExecutorService executor;
    private final AutoCloseable bgpRegistration;

    // Everything below is touched on the executor thread only.
    /** The code points the speaker was last configured with; kept when the configured ones are refused. */
    private TbdCodePoints speakerCodePoints = TbdCodePoints.DEFAULT;
    /** Renders received routes with the speaker's code points, as it decoded them. */
    private ReceivedRouteViews receivedViews = new ReceivedRouteViews(speakerCodePoints.communityCodec(),
        speakerCodePoints.fsv2());
    private List<CompiledRule> ordered = List.of();
    private Set<String> orderedNames = Set.of();
    private final Map<String, Device> devices = new TreeMap<>();
    private final Map<String,
        org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.Device> tables =
            new HashMap<>();
    private final Map<String, RouterState> routers = new HashMap<>();
    private final Map<InetAddress, String> deviceByPeer = new HashMap<>();
    private final Map<String, RuleState> summaries = new HashMap<>();
    private final Set<String> dirtyRouters = new HashSet<>();
    private final Set<String> rerendered = new HashSet<>();
    private final Set<String> removedRules = new HashSet<>();
    private final Map<String, Long> dependentFiltersChains = new HashMap<>();
    private final Set<Long> removedChains = new HashSet<>();
    private final SharedMatches sharedMatches = new SharedMatches();
    private final Map<String, String> tableDoubts = new HashMap<>();
    private boolean allDirty;
    private @Nullable ScheduledFuture<?> scheduledPass;
    private long scheduledPassDue;
    private volatile EngineSnapshot snapshot = EngineSnapshot.EMPTY;

    /**
     * Per router: what was last resolved, written and sent.
     */
    private static final class RouterState {
        final Map<String, UnicastRoute> learned = new HashMap<>();
        @Nullable PeerConfig peer;
        @Nullable PeerStatus session;
        Instant sessionSince = Instant.EPOCH;
        @Nullable RouterResolution resolution;
        @Nullable RouterView view;
        Map<String, DeviceStatusLine> written = Map.of();
        Map<String, FlowspecRoute> advertised = Map.of();
        Map<String, Flowspec> receivedFlowspec = Map.of();
        Map<String, Unicast> receivedUnicast = Map.of();
        boolean receivedChanged;
        List<FlowspecRoute> sent = List.of();
        @Nullable Instant deadline;
    }

    /**
     * Creates the engine and registers it with the speaker.
     *
     * @param statusWriter the one writer of operational status
     * @param resolver decides what a router does with each rule
     * @param bgp the BGP southbound
     * @param events publishes the resolver's events
     * @param clock the clock
     */
    public FlowsteerEngine(final @NonNull StatusWriter statusWriter, final @NonNull RuleResolver resolver,
            final @NonNull BgpSouthbound bgp, final @NonNull EventPublisher events, final @NonNull Clock clock) {
        this.statusWriter = requireNonNull(statusWriter);
        this.resolver = requireNonNull(resolver);
        this.bgp = requireNonNull(bgp);
        this.events = requireNonNull(events);
        this.clock = requireNonNull(clock);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "flowsteer-engine");
            thread.setDaemon(true);
            return thread;
        });
        bgpRegistration = bgp.registerListener(this);
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    @Override
    public void onOrder(final @NonNull List<CompiledRule> rules, final @NonNull Set<String> changed,
            final @NonNull Set<String> removed) {
        final List<CompiledRule> copy = List.copyOf(rules);
        final Set<String> changedCopy = Set.copyOf(changed);
        final Set<String> removedCopy = Set.copyOf(removed);
        submit(() -> {
            LOG.debug("Order: {} rules, changed {}, removed {}", copy.size(), changedCopy, removedCopy);
            for (String name : removedCopy) {
                // Members of a removed rule's chain may have been taken down by it: they are resolved again.
                final Long chain = dependentFiltersChains.remove(name);
                if (chain != null) {
                    removedChains.add(chain);
                }
                sharedMatches.remove(name);
            }
            ordered = copy;
            orderedNames = new HashSet<>(copy.size() * 2);
            for (CompiledRule rule : copy) {
                orderedNames.add(rule.name());
                if (changedCopy.contains(rule.name())) {
                    dependentFiltersChains.put(rule.name(), chainOf(rule));
                    sharedMatches.put(rule.name(), rule.nlri());
                    // Its status entry was rewritten whole, summary included: write the summary again.
                    summaries.remove(rule.name());
                }
            }
            rerendered.addAll(changedCopy);
            removedRules.addAll(removedCopy);
            for (String name : removedCopy) {
                summaries.remove(name);
                rerendered.remove(name);
            }
        });
    }

    /**
     * A router's configuration changed.
     *
     * @param name the router
     * @param device its configuration, or null when it was deleted
     */
    public void onDevice(final @NonNull String name, final @Nullable Device device) {
        submit(() -> applyDevice(name, device));
    }

    /**
     * A router's indirection table changed.
     *
     * @param name the router
     * @param table its table, or null when it was deleted
     */
    public void onIndirectionTable(final @NonNull String name, final org.opendaylight.yang.gen.v1.urn.flowsteer.yang
            .indirection.rev261125.indirection.tables.@Nullable Device table) {
        submit(() -> {
            if (table == null) {
                tables.remove(name);
            } else {
                tables.put(name, table);
            }
            invalidateView(name);
            dirtyRouters.add(name);
        });
    }

    /**
     * A NETCONF router's push status changed. While the last push of its indirection-id table and SR Policies
     * failed, what the configuration holds is not known to be on the router, so no redirect to an indirection-id or
     * to an SR Policy is shown as in effect there: each is an invalid redirect whose reason names the failed push
     * (draft-ietf-idr-flowspec-path-redirect section 6, a missing entry makes the redirect invalid; the segment-list
     * draft's validation, the policy must exist). A push that applies, or finds the router in sync, restores them.
     *
     * @param status the router's status, from the NETCONF southbound
     */
    public void onNetconfStatus(final @NonNull RouterStatus status) {
        final String doubt = tableDoubt(status);
        final String name = status.router();
        submit(() -> {
            final String before = doubt == null ? tableDoubts.remove(name) : tableDoubts.put(name, doubt);
            if (!Objects.equals(before, doubt)) {
                invalidateView(name);
                dirtyRouters.add(name);
            }
        });
    }

    private static @Nullable String tableDoubt(final RouterStatus status) {
        final PushResult push = status.lastPush();
        if (status.session() == io.flowsteer.api.spi.netconf.NetconfSessionState.CLOSED || push == null
                || status.inSync()) {
            return null;
        }
        return "the last NETCONF push to it failed (" + NetconfDeviceBridge.describe(push) + ")";
    }

    /**
     * The speaker's own configuration changed.
     *
     * @param speaker the {@code bgp-speaker} container, or null when it was deleted
     */
    public void onSpeaker(final @Nullable BgpSpeaker speaker) {
        submit(() -> {
            final SpeakerConfig config = BgpConfigs.speaker(speaker, speakerCodePoints);
            if (!config.codePoints().equals(speakerCodePoints)) {
                speakerCodePoints = config.codePoints();
                receivedViews = new ReceivedRouteViews(speakerCodePoints.communityCodec(), speakerCodePoints.fsv2());
            }
            bgp.configure(config);
        });
    }

    @Override
    public void onStatus(final @NonNull PeerStatus status) {
        submit(() -> {
            final String name = deviceByPeer.get(status.peer());
            final RouterState router = name == null ? null : routers.get(name);
            if (router == null) {
                return;
            }
            final PeerStatus before = router.session;
            final boolean wasUp = before != null && before.state() == BgpSessionState.ESTABLISHED;
            final boolean isUp = status.state() == BgpSessionState.ESTABLISHED;
            if (before == null || before.state() != status.state()) {
                router.sessionSince = clock.instant();
            }
            router.session = status;
            if (wasUp && !isUp) {
                // Routes learned on the session die with it (RFC 4271 section 8.2.2, Idle state).
                router.learned.clear();
                router.view = null;
                router.receivedChanged = true;
            }
            statusWriter.deviceBgp(name, BgpStatusView.of(status, router.learned.size(), router.sessionSince));
            if (wasUp != isUp || before == null || !Objects.equals(
                    before.negotiated() == null ? null : before.negotiated().families(),
                    status.negotiated() == null ? null : status.negotiated().families())) {
                dirtyRouters.add(name);
            }
        });
    }

    @Override
    public void onUnicastRoutes(final @NonNull InetAddress peer, final @NonNull List<UnicastRoute> announced,
            final @NonNull List<UnicastRoute> withdrawn) {
        final List<UnicastRoute> added = List.copyOf(announced);
        final List<UnicastRoute> gone = List.copyOf(withdrawn);
        submit(() -> {
            final String name = deviceByPeer.get(peer);
            final RouterState router = name == null ? null : routers.get(name);
            if (router == null) {
                return;
            }
            for (UnicastRoute route : gone) {
                router.learned.remove(prefixKey(route));
            }
            for (UnicastRoute route : added) {
                router.learned.put(prefixKey(route), route);
            }
            router.view = null;
            router.receivedChanged = true;
            dirtyRouters.add(name);
        });
    }

    @Override
    public void onFlowspecRoutes(final @NonNull InetAddress peer, final @NonNull List<FlowspecRoute> announced,
            final @NonNull List<Fsv1Nlri> withdrawn) {
        submit(() -> markReceived(peer));
    }

    @Override
    public void onFsv2Withdrawn(final @NonNull InetAddress peer, final @NonNull List<Fsv2Nlri> withdrawn) {
        submit(() -> markReceived(peer));
    }

    private void markReceived(final InetAddress peer) {
        final String name = deviceByPeer.get(peer);
        final RouterState router = name == null ? null : routers.get(name);
        if (router != null) {
            router.receivedChanged = true;
        }
    }

    /**
     * Re-resolves a router from scratch and rewrites every status line it has, e.g. after an operator repaired
     * something by hand.
     *
     * @param name the router
     * @return completes with a summary once the pass ran, or exceptionally when the router is not configured
     */
    @Override
    public @NonNull CompletableFuture<String> resync(final @NonNull String name) {
        final CompletableFuture<String> result = new CompletableFuture<>();
        submit(() -> {
            final RouterState router = routers.get(name);
            if (router == null) {
                result.completeExceptionally(new IllegalArgumentException("device " + name + " is not configured"));
                return;
            }
            router.written = Map.of();
            router.advertised = Map.of();
            router.sent = List.of();
            router.resolution = null;
            router.view = null;
            dirtyRouters.add(name);
            executor.execute(() -> result.complete("device " + name + " re-resolved: "
                + routers.get(name).written.size() + " rules, " + routers.get(name).sent.size()
                + " routes for its BGP peer"));
        });
        return result;
    }

    /**
     * What the engine knows now, for the console and RPCs. Updated after every pass.
     *
     * @return an immutable snapshot
     */
    @Override
    public @NonNull EngineSnapshot snapshot() {
        return snapshot;
    }

    /**
     * Runs a task on the engine's thread after everything queued so far, including any pending pass.
     *
     * @param <T> the result type
     * @param task the task, reading engine state through the snapshot it is given
     * @return its result
     */
    @Override
    public <T> @NonNull CompletableFuture<T> afterPendingWork(final @NonNull Function<EngineSnapshot, T> task) {
        final CompletableFuture<Void> settled = new CompletableFuture<>();
        executor.schedule(() -> settled.complete(null), COALESCE_MILLIS * 2, TimeUnit.MILLISECONDS);
        return settled.thenApplyAsync(ignored -> task.apply(snapshot), executor);
    }

    /**
     * Resolves every configured router for rules that are not (all) configured, without writing or sending
     * anything: the core of {@code preview-rule}.
     *
     * @param extra rules to resolve together with the configured ones, replacing those of the same name
     * @return per router, its resolution
     */
    @Override
    public @NonNull CompletableFuture<Map<String, RouterResolution>> preview(final @NonNull List<CompiledRule> extra) {
        return CompletableFuture.supplyAsync(() -> {
            final Set<String> names = new HashSet<>();
            extra.forEach(rule -> names.add(rule.name()));
            final List<CompiledRule> all = new ArrayList<>(ordered.size() + extra.size());
            ordered.stream().filter(rule -> !names.contains(rule.name())).forEach(all::add);
            all.addAll(extra);
            final List<CompiledRule> sorted = io.flowsteer.impl.order.RuleOrder.of(all).rules();
            final Map<String, RouterResolution> out = new LinkedHashMap<>();
            for (Map.Entry<String, Device> entry : devices.entrySet()) {
                final String name = entry.getKey();
                final List<CompiledRule> targeted = targeted(name, entry.getValue(), sorted);
                if (targeted.stream().anyMatch(rule -> names.contains(rule.name()))) {
                    final RouterState router = routers.get(name);
                    out.put(name, resolver.resolve(view(name, entry.getValue(), router), targeted,
                        router == null ? null : router.resolution, clock.instant()));
                }
            }
            return out;
        }, executor);
    }

    @Override
    public void close() throws Exception {
        bgpRegistration.close();
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Flowsteer engine did not stop within 10 s");
            executor.shutdownNow();
        }
    }

    // ---- the pass -----------------------------------------------------------------------------------------

    /**
     * Queues a change for the engine's thread and a pass after it. A task that throws on a scheduled executor is
     * dropped without a word, so a failing change is logged here and the pass still runs.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void submit(final Runnable change) {
        executor.execute(() -> {
            try {
                change.run();
            } catch (RuntimeException e) {
                LOG.error("Flowsteer engine failed to apply a change; the next pass resolves what it has", e);
            }
            schedulePass(COALESCE_MILLIS);
        });
    }

    /**
     * Makes sure a pass runs within the delay: a pass already due sooner is enough, one due later (a revert
     * timer's deadline) is brought forward.
     */
    private void schedulePass(final long delayMillis) {
        final long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        if (scheduledPass != null && !scheduledPass.isDone() && scheduledPassDue - due <= 0) {
            return;
        }
        if (scheduledPass != null) {
            scheduledPass.cancel(false);
        }
        scheduledPassDue = due;
        scheduledPass = executor.schedule(this::guardedPass, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void applyDevice(final String name, final @Nullable Device device) {
        final RouterState router = routers.computeIfAbsent(name, key -> new RouterState());
        router.view = null;
        final PeerConfig before = router.peer;
        final PeerConfig after = device == null || device.getBgp() == null ? null
            : BgpConfigs.peer(name, device.getBgp());
        if (before != null && (after == null || !before.address().equals(after.address()))) {
            deviceByPeer.remove(before.address());
            bgp.removePeer(before.address());
            router.session = null;
            router.learned.clear();
            router.advertised = Map.of();
            router.sent = List.of();
            statusWriter.deviceRemoved(name,
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp.class);
        }
        if (after != null && !after.equals(before)) {
            final String owner = deviceByPeer.get(after.address());
            if (owner != null && !owner.equals(name)) {
                LOG.error("Device {}: BGP peer {} is already device {}; not configured", name,
                    after.address().getHostAddress(), owner);
                router.peer = null;
            } else {
                deviceByPeer.put(after.address(), name);
                bgp.putPeer(after);
                router.peer = after;
            }
        } else if (after == null) {
            router.peer = null;
        }
        if (device == null) {
            devices.remove(name);
            for (String rule : router.written.keySet()) {
                statusWriter.ruleOffDevice(rule, name);
            }
            routers.remove(name);
            statusWriter.deviceRemoved(name, null);
            allDirty = true;
        } else {
            final Device previous = devices.put(name, device);
            // Group or BGP changes change which rules target the router; everything else only the router itself.
            if (previous == null || !Objects.equals(previous.getGroup(), device.getGroup())
                    || (previous.getBgp() == null) != (device.getBgp() == null)) {
                allDirty = true;
            }
            dirtyRouters.add(name);
        }
    }

    /**
     * Runs a pass, logging what a scheduled executor would otherwise swallow.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void guardedPass() {
        try {
            pass();
        } catch (RuntimeException e) {
            LOG.error("Flowsteer engine pass failed", e);
        }
    }

    private void pass() {
        scheduledPass = null;
        final Instant now = clock.instant();
        final Set<String> full = allDirty ? new HashSet<>(devices.keySet()) : new HashSet<>(dirtyRouters);
        for (Map.Entry<String, RouterState> entry : routers.entrySet()) {
            final Instant deadline = entry.getValue().deadline;
            if (deadline != null && !deadline.isAfter(now)) {
                full.add(entry.getKey());
            }
        }
        allDirty = false;
        dirtyRouters.clear();
        final Set<String> changedRules = new HashSet<>(rerendered);
        changedRules.addAll(removedRules);
        final Set<Long> chains = new HashSet<>(removedChains);
        for (String rule : rerendered) {
            final Long chain = dependentFiltersChains.get(rule);
            if (chain != null && chain != 0) {
                chains.add(chain);
            }
        }
        chains.remove(0L);
        final Set<String> touchedRules = new HashSet<>(rerendered);
        final Scope scope = new Scope(changedRules, chains, Set.copyOf(sharedMatches.touched()));
        sharedMatches.clearTouched();
        LOG.debug("Pass: {} routers in full, {} changed rules, {} chains, {} shared matches", full.size(),
            changedRules.size(), chains.size(), scope.matches().size());
        for (Map.Entry<String, Device> entry : devices.entrySet()) {
            final String name = entry.getKey();
            if (full.contains(name)) {
                resolveGuarded(name, entry.getValue(), now, touchedRules, null);
            } else if (!changedRules.isEmpty()) {
                resolveGuarded(name, entry.getValue(), now, touchedRules, scope);
            }
        }
        for (Map.Entry<String, RouterState> entry : routers.entrySet()) {
            if (entry.getValue().receivedChanged) {
                syncReceived(entry.getKey(), entry.getValue());
            }
        }
        rerendered.clear();
        removedRules.clear();
        removedChains.clear();
        writeSummaries(touchedRules);
        snapshot = new EngineSnapshot(ordered, Map.copyOf(devices), resolutionsView(), sessionsView(), linesView());
        scheduleNextDeadline(now);
    }

    /**
     * A bug while resolving one router must not stop the engine for every other router: it is logged with the
     * router's name, the router keeps its last verdicts, and the next change to it tries again.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void resolveGuarded(final String name, final Device device, final Instant now,
            final Set<String> touchedRules, final @Nullable Scope scope) {
        try {
            resolveRouter(name, device, now, touchedRules, scope);
        } catch (RuntimeException e) {
            LOG.error("Failed to resolve rules for device {}; it keeps its previous status", name, e);
        }
    }

    /**
     * What a pass in which only rules changed resolves again on each router: those rules, the members of their
     * Dependent Filters Chains and the rules sharing a match with them. A rule's verdict depends on the router, the
     * rule itself, its chain and the rules with its match, never on other rules.
     */
    private record Scope(Set<String> rules, Set<Long> chains, Set<FlowspecNlri> matches) {
        boolean covers(final CompiledRule rule) {
            return rules.contains(rule.name()) || !chains.isEmpty() && chains.contains(chainOf(rule))
                || !matches.isEmpty() && matches.contains(rule.nlri());
        }
    }

    /**
     * Resolves a router: every rule targeting it, or, when only rules changed, just the rules of the scope, merged
     * into the router's previous resolution.
     */
    private void resolveRouter(final String name, final Device device, final Instant now,
            final Set<String> touchedRules, final @Nullable Scope scope) {
        final RouterState router = routers.computeIfAbsent(name, key -> new RouterState());
        final List<CompiledRule> targeted = targeted(name, device, ordered);
        final RouterResolution previous = router.resolution;
        final boolean partial = scope != null && previous != null;
        final Set<String> onlyRules = partial ? scope.rules() : Set.of();
        final List<CompiledRule> subject = partial ? targeted.stream().filter(scope::covers).toList() : targeted;
        if (partial && subject.isEmpty() && !anyWritten(router, onlyRules)) {
            LOG.debug("Device {}: none of the {} changed rules targets it or was on it", name, onlyRules.size());
            return;
        }
        RouterView view = router.view;
        if (view == null) {
            view = view(name, device, router);
            router.view = view;
        }
        final RouterResolution fresh = resolver.resolve(view, subject, previous, now);
        final RouterResolution resolution = partial ? merge(previous, fresh, targeted) : fresh;
        router.resolution = resolution;
        router.deadline = resolution.nextDeadline();

        final Map<String, DeviceStatusLine> written = new HashMap<>(partial ? router.written : Map.of());
        final Map<String, FlowspecRoute> advertised = new HashMap<>(partial ? router.advertised : Map.of());
        if (partial) {
            written.keySet().removeIf(onlyRules::contains);
            advertised.keySet().removeIf(onlyRules::contains);
        }
        for (CompiledRule rule : subject) {
            final RuleVerdict verdict = resolution.verdicts().get(rule.name());
            final DeviceStatusLine line = statusLine(router, rule, verdict);
            written.put(rule.name(), line);
            if (!line.equals(router.written.get(rule.name())) || rerendered.contains(rule.name())) {
                statusWriter.ruleOnDevice(rule.name(), name, line.state(), line.reasons(), line.effectiveAction());
                touchedRules.add(rule.name());
            }
            advertised.remove(rule.name());
            if (verdict != null && verdict.advertise()) {
                advertised.put(rule.name(), FlowspecRoutes.of(rule, verdict));
            }
        }
        for (String gone : router.written.keySet()) {
            if (!written.containsKey(gone)) {
                if (!removedRules.contains(gone)) {
                    statusWriter.ruleOffDevice(gone, name);
                }
                touchedRules.add(gone);
            }
        }
        router.written = written;
        final PeerConfig peer = router.peer;
        if (peer != null && !advertised.equals(router.advertised)) {
            final List<FlowspecRoute> routes = new ArrayList<>(advertised.size());
            for (CompiledRule rule : targeted) {
                final FlowspecRoute route = advertised.get(rule.name());
                if (route != null) {
                    routes.add(route);
                }
            }
            LOG.debug("Device {}: Adj-RIB-Out of {} is now {} routes", name, peer.address(), routes.size());
            bgp.setAdjRibOut(peer.address(), routes);
            router.sent = List.copyOf(routes);
        }
        LOG.debug("Device {}: resolved {} of {} rules (partial: {}), {} advertised", name, subject.size(),
            targeted.size(), partial, advertised.size());
        router.advertised = advertised;
        for (ResolutionEvent event : resolution.events()) {
            events.publish(event);
        }
    }

    /**
     * Writes what changed in the routes the router sent us since the last sync: the speaker holds them (and
     * validates the flowspec ones against the unicast routes of every peer, so a flowspec route's verdict can
     * change without the route changing); the status shows them.
     */
    private void syncReceived(final String name, final RouterState router) {
        router.receivedChanged = false;
        final PeerConfig peer = router.peer;
        final boolean up = peer != null && router.session != null
            && router.session.state() == BgpSessionState.ESTABLISHED;
        final Map<String, Flowspec> flowspec = new HashMap<>();
        final Map<String, Unicast> unicast = new HashMap<>();
        if (up) {
            for (ReceivedFlowspec received : bgp.receivedFlowspec(peer.address())) {
                final Flowspec entry = receivedViews.flowspec(received);
                flowspec.put(entry.getNlri().getValue(), entry);
            }
            for (UnicastRoute route : bgp.receivedUnicast(peer.address())) {
                final Unicast entry = receivedViews.unicast(route);
                unicast.put(entry.getPrefix(), entry);
            }
        }
        if (flowspec.isEmpty() && unicast.isEmpty()) {
            if (!router.receivedFlowspec.isEmpty() || !router.receivedUnicast.isEmpty()) {
                statusWriter.receivedRemoved(name, null, null);
            }
        } else {
            router.receivedFlowspec.keySet().stream().filter(key -> !flowspec.containsKey(key))
                .forEach(key -> statusWriter.receivedRemoved(name, key, null));
            router.receivedUnicast.keySet().stream().filter(key -> !unicast.containsKey(key))
                .forEach(key -> statusWriter.receivedRemoved(name, null, key));
            flowspec.forEach((key, entry) -> {
                if (!entry.equals(router.receivedFlowspec.get(key))) {
                    statusWriter.receivedFlowspec(name, entry);
                }
            });
            unicast.forEach((key, entry) -> {
                if (!entry.equals(router.receivedUnicast.get(key))) {
                    statusWriter.receivedUnicast(name, entry);
                }
            });
        }
        router.receivedFlowspec = flowspec;
        router.receivedUnicast = unicast;
    }

    private static boolean anyWritten(final RouterState router, final Set<String> rules) {
        for (String rule : rules) {
            if (router.written.containsKey(rule)) {
                return true;
            }
        }
        return false;
    }

    private static RouterResolution merge(final RouterResolution previous, final RouterResolution fresh,
            final List<CompiledRule> targeted) {
        final Map<String, RuleVerdict> verdicts = new LinkedHashMap<>();
        final Map<String, SrPinning> pinning = new HashMap<>();
        final Map<String, Set<String>> invalid = new LinkedHashMap<>();
        for (CompiledRule rule : targeted) {
            final String name = rule.name();
            final boolean isFresh = fresh.verdicts().containsKey(name);
            final RuleVerdict verdict = isFresh ? fresh.verdicts().get(name) : previous.verdicts().get(name);
            if (verdict != null) {
                verdicts.put(name, verdict);
            }
            final SrPinning pin = isFresh ? fresh.srPinning().get(name) : previous.srPinning().get(name);
            if (pin != null) {
                pinning.put(name, pin);
            }
            final Set<String> keys = isFresh ? fresh.invalidRedirects().get(name)
                : previous.invalidRedirects().get(name);
            if (keys != null) {
                invalid.put(name, keys);
            }
        }
        final Instant deadline = earliest(fresh.nextDeadline(), previous.nextDeadline());
        return new RouterResolution(fresh.device(), verdicts, fresh.events(), deadline, pinning, invalid);
    }

    private static @Nullable Instant earliest(final @Nullable Instant first, final @Nullable Instant second) {
        if (first == null) {
            return second;
        }
        return second == null || first.isBefore(second) ? first : second;
    }

    private static long chainOf(final CompiledRule rule) {
        return rule.nlri() instanceof Fsv2Nlri fsv2 ? fsv2.dependentFiltersChain() : 0;
    }

    private void invalidateView(final String name) {
        final RouterState router = routers.get(name);
        if (router != null) {
            router.view = null;
        }
    }

    private DeviceStatusLine statusLine(final RouterState router, final CompiledRule rule,
            final @Nullable RuleVerdict verdict) {
        if (verdict == null) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(NotResolvedYet.VALUE,
                "not resolved for this router yet")), null);
        }
        if (!verdict.advertise()) {
            return new DeviceStatusLine(verdict.state(), verdict.reasons(), verdict.effectiveAction());
        }
        final PeerConfig peer = router.peer;
        if (peer == null) {
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(NoBgpSession.VALUE,
                "the router has no BGP session configured, so it cannot get the rule")), verdict.effectiveAction());
        }
        final FlowspecRoute route = FlowspecRoutes.of(rule);
        final PeerStatus session = router.session;
        if (session == null || session.state() != BgpSessionState.ESTABLISHED) {
            final String state = session == null ? "not started" : session.state().name().toLowerCase(Locale.ROOT);
            return new DeviceStatusLine(RuleState.Pending, Reasons.of(Reason.of(SessionDown.VALUE, "BGP session to "
                + peer.address().getHostAddress() + " is " + state + "; the rule is sent when it is established")
                .with("peer", peer.address().getHostAddress())
                .with("session-state", session == null ? "not-started" : state.replace('_', '-'))),
                verdict.effectiveAction());
        }
        final BgpFamily family = route.family();
        if (session.negotiated() != null && !session.negotiated().families().contains(family)) {
            return new DeviceStatusLine(RuleState.Unsupported, Reasons.of(Reason.of(FamilyNotNegotiated.VALUE,
                "the BGP session did not negotiate " + BgpConfigs.yangName(family))
                .with("family", BgpConfigs.yangName(family))), verdict.effectiveAction());
        }
        return new DeviceStatusLine(verdict.state(), verdict.reasons(), verdict.effectiveAction());
    }

    private void writeSummaries(final Set<String> touchedRules) {
        for (String rule : touchedRules) {
            if (!orderedNames.contains(rule)) {
                continue;
            }
            final List<RuleState> states = new ArrayList<>();
            for (RouterState router : routers.values()) {
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

    private List<CompiledRule> targeted(final String name, final Device device, final List<CompiledRule> rules) {
        final Set<String> groups = device.getGroup() == null ? Set.of() : device.getGroup();
        final boolean hasBgp = device.getBgp() != null;
        final List<CompiledRule> out = new ArrayList<>();
        for (CompiledRule rule : rules) {
            if (rule.target().includes(name, groups, hasBgp)) {
                out.add(rule);
            }
        }
        return out;
    }

    private RouterView view(final String name, final Device device, final @Nullable RouterState router) {
        return RouterViews.of(device, tables.get(name), router == null ? List.of() : router.learned.values(),
            tableDoubts.get(name));
    }

    private void scheduleNextDeadline(final Instant now) {
        Instant next = null;
        for (RouterState router : routers.values()) {
            if (router.deadline != null && (next == null || router.deadline.isBefore(next))) {
                next = router.deadline;
            }
        }
        if (next != null) {
            schedulePass(Math.max(1, Duration.between(now, next).toMillis()));
        }
    }

    private Map<String, RouterResolution> resolutionsView() {
        final Map<String, RouterResolution> out = new HashMap<>();
        routers.forEach((name, router) -> {
            if (router.resolution != null) {
                out.put(name, router.resolution);
            }
        });
        return Map.copyOf(out);
    }

    private Map<String, Map<String, DeviceStatusLine>> linesView() {
        final Map<String, Map<String, DeviceStatusLine>> out = new HashMap<>();
        // A router's map is replaced, never changed, once a pass wrote it, so sharing it is safe.
        routers.forEach((name, router) -> out.put(name, Collections.unmodifiableMap(router.written)));
        return Map.copyOf(out);
    }

    private Map<String, PeerStatus> sessionsView() {
        final Map<String, PeerStatus> out = new HashMap<>();
        routers.forEach((name, router) -> {
            if (router.session != null) {
                out.put(name, router.session);
            }
        });
        return Map.copyOf(out);
    }

    private static String prefixKey(final UnicastRoute route) {
        return route.prefix().getHostAddress() + "/" + route.length();
    }
}
