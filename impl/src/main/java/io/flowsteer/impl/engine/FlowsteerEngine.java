/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import io.flowsteer.api.spi.BgpPeerListener;
import io.flowsteer.api.spi.BgpSouthbound;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.api.spi.SpeakerConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.api.spi.netconf.PushResult;
import io.flowsteer.api.spi.netconf.RouterStatus;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.cluster.StatusSource;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.config.ConfigFollower;
import io.flowsteer.impl.config.SecretOpener;
import io.flowsteer.impl.netconf.NetconfDeviceBridge;
import io.flowsteer.impl.order.OrderListener;
import io.flowsteer.impl.resolve.RouterResolution;
import io.flowsteer.impl.resolve.RuleResolver;
import io.flowsteer.impl.status.StatusHold;
import io.flowsteer.impl.status.StatusWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine between configuration and the southbounds: a thin shell that queues every input on its one thread
 * and runs a {@link ResolutionPass} after them. The rules live in a {@link RuleBook}, the routers in a
 * {@link RouterBook}, the routes routers send us are written by a {@link ReceivedRouteSync}.
 *
 * <p>All state lives on one thread: callbacks from the datastore and the speaker only queue work. Bursts are
 * coalesced: a pass runs as soon as the thread has applied the changes queued before it, and changes that arrive
 * while a pass runs wait for the next one, which handles all of them. A RESTCONF batch of a thousand rules (one
 * datastore notification) costs one resolution per router, not a thousand, and a single change waits for no
 * timer. Nothing starts in the constructor:
 * Blueprint calls {@link #start()} and {@link #close()}, and owns the executor ({@link EngineThread}).
 */
public final class FlowsteerEngine implements EngineView, OrderListener, BgpPeerListener, ConfigFollower,
        StatusSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlowsteerEngine.class);
    /** How long {@link #afterPendingWork} lets changes on their way from the datastore arrive. */
    private static final long SETTLE_MILLIS = 40;
    /** How long {@link #snapshot()} waits for the engine's thread before it answers with the last snapshot built. */
    private static final long SNAPSHOT_WAIT_SECONDS = 2;

    private final @NonNull BgpSouthbound bgp;
    private final @NonNull Clock clock;
    private final @NonNull ScheduledExecutorService executor;
    private final @NonNull RuleBook rules = new RuleBook();
    private final @NonNull RouterBook routers;
    private final @NonNull ReceivedRouteSync received;
    private final @NonNull ResolutionPass pass;

    // Touched on the executor thread only.
    /** The code points the speaker was last configured with; kept when the configured ones are refused. */
    private TbdCodePoints speakerCodePoints = TbdCodePoints.DEFAULT;
    private @Nullable ScheduledFuture<?> scheduledPass;
    private long scheduledPassDue;
    /** The status writer's holds for orders taken in since the last pass, released once the next pass ran. */
    private final List<StatusHold> holdsForPass = new ArrayList<>();

    /**
     * The snapshot of what the engine knows now; null once a pass changed it. Built on the engine's thread when asked
     * for (it copies every router's lines), not after every pass.
     */
    private volatile @Nullable EngineSnapshot snapshot = EngineSnapshot.EMPTY;
    /** The last snapshot built. */
    private volatile @NonNull EngineSnapshot lastSnapshot = EngineSnapshot.EMPTY;
    private @Nullable AutoCloseable bgpRegistration;

    /**
     * Creates the engine; {@link #start()} registers it with the speaker.
     *
     * @param statusWriter the one writer of operational status
     * @param resolver decides what a router does with each rule
     * @param bgp the BGP southbound
     * @param secrets opens the routers' TCP-MD5 keys
     * @param events publishes the resolver's events
     * @param clock the clock
     * @param executor the engine's one thread; its owner shuts it down after {@link #close()}
     */
    public FlowsteerEngine(final @NonNull StatusWriter statusWriter, final @NonNull RuleResolver resolver,
            final @NonNull BgpSouthbound bgp, final @NonNull SecretOpener secrets, final @NonNull EventPublisher events,
            final @NonNull Clock clock, final @NonNull ScheduledExecutorService executor) {
        this.bgp = requireNonNull(bgp);
        this.clock = requireNonNull(clock);
        this.executor = requireNonNull(executor);
        routers = new RouterBook(bgp, secrets, statusWriter, clock);
        received = new ReceivedRouteSync(bgp, statusWriter);
        pass = new ResolutionPass(statusWriter, resolver, bgp, events, rules, routers, received);
    }

    /**
     * Registers with the speaker. Blueprint calls this once the engine is constructed.
     */
    public synchronized void start() {
        if (bgpRegistration == null) {
            bgpRegistration = bgp.registerListener(this);
        }
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    @Override
    public void onOrder(final @NonNull List<CompiledRule> ordered, final @NonNull List<CompiledRule> changed,
            final @NonNull Set<String> removed) {
        onOrder(ordered, changed, removed, StatusHold.NONE);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The hold is released after the pass that resolves the changed rules, so that their verdicts and summary
     * join their rendering in the status writer's next commit.
     */
    @Override
    public void onOrder(final @NonNull List<CompiledRule> ordered, final @NonNull List<CompiledRule> changed,
            final @NonNull Set<String> removed, final @NonNull StatusHold hold) {
        // the order never changes: kept as it is, not copied (10,000 rules for one new one)
        final List<CompiledRule> changedCopy = List.copyOf(changed);
        final Set<String> removedCopy = Set.copyOf(removed);
        try {
            submit(() -> {
                holdsForPass.add(hold);
                LOG.debug("Order: {} rules, {} changed, removed {}", ordered.size(), changedCopy.size(),
                    removedCopy);
                final boolean first = !rules.storedRead();
                rules.order(ordered, changedCopy, removedCopy);
                if (first) {
                    routers.allDue();
                }
                // Their status entries were rewritten whole, summary included, or removed.
                final Set<String> rewritten = new HashSet<>(removedCopy);
                changedCopy.forEach(rule -> rewritten.add(rule.name()));
                pass.forgetSummaries(rewritten);
            });
        } catch (RejectedExecutionException e) {
            // the engine is closing: no pass follows
            hold.release();
            throw e;
        }
    }

    @Override
    public void onDevice(final @NonNull String name, final @Nullable Device device) {
        submit(() -> routers.device(name, device));
    }

    @Override
    public void onIndirectionTable(final @NonNull String name, final @Nullable RouterTable table) {
        submit(() -> routers.table(name, table));
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
        submit(() -> routers.tableDoubt(name, doubt));
    }

    private static @Nullable String tableDoubt(final RouterStatus status) {
        final PushResult push = status.lastPush();
        if (status.session() == io.flowsteer.api.spi.netconf.NetconfSessionState.CLOSED || push == null
                || status.inSync()) {
            return null;
        }
        return "the last NETCONF push to it failed (" + NetconfDeviceBridge.describe(push) + ")";
    }

    @Override
    public void onSpeaker(final @Nullable BgpSpeaker speaker) {
        submit(() -> {
            final SpeakerConfig config = BgpConfigs.speaker(speaker, speakerCodePoints);
            if (!config.codePoints().equals(speakerCodePoints)) {
                speakerCodePoints = config.codePoints();
                received.codePoints(speakerCodePoints);
            }
            bgp.configure(config);
        });
    }

    @Override
    public void onStatus(final @NonNull PeerStatus status) {
        submit(() -> routers.session(status));
    }

    @Override
    public void onUnicastRoutes(final @NonNull InetAddress peer, final @NonNull List<UnicastRoute> announced,
            final @NonNull List<UnicastRoute> withdrawn) {
        final List<UnicastRoute> added = List.copyOf(announced);
        final List<UnicastRoute> gone = List.copyOf(withdrawn);
        submit(() -> routers.unicast(peer, added, gone));
    }

    @Override
    public void onFlowspecRoutes(final @NonNull InetAddress peer, final @NonNull List<FlowspecRoute> announced,
            final @NonNull List<Fsv1Nlri> withdrawn) {
        submit(() -> routers.flowspecReceived(peer));
    }

    @Override
    public void onFsv2Withdrawn(final @NonNull InetAddress peer, final @NonNull List<Fsv2Nlri> withdrawn) {
        submit(() -> routers.flowspecReceived(peer));
    }

    // ---- views --------------------------------------------------------------------------------------------

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
            if (!routers.resync(name)) {
                result.completeExceptionally(new IllegalArgumentException("device " + name + " is not configured"));
                return;
            }
            executor.execute(() -> {
                final RouterState router = routers.routers().get(name);
                result.complete("device " + name + " re-resolved: " + router.written.size() + " rules, "
                    + (router.delivered ? router.advertised.size() : 0) + " routes for its BGP peer");
            });
        });
        return result;
    }

    /**
     * Writes the whole status the engine owns again, after the pending work: every rule's verdict on every router,
     * every rule's summary, each router's BGP session and received routes. Called when this node becomes the
     * active controller, after the status writer deleted what the previous one left and the order keeper wrote the
     * rules' entries again; the engine followed the configuration all along, so nothing is resolved from scratch
     * but the routers.
     */
    @Override
    public void rewriteStatus() {
        submit(() -> {
            routers.rewriteAll();
            pass.forgetAllSummaries();
        });
    }

    /**
     * What the engine knows now, for the console and RPCs. Built on the engine's thread after the work queued now;
     * when that thread is busy for longer than {@value #SNAPSHOT_WAIT_SECONDS} s (a pass over a bulk change), the
     * last snapshot built.
     *
     * @return an immutable snapshot
     */
    @Override
    public @NonNull EngineSnapshot snapshot() {
        final EngineSnapshot current = snapshot;
        if (current != null) {
            return current;
        }
        try {
            return CompletableFuture.supplyAsync(this::currentSnapshot, executor)
                .get(SNAPSHOT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return lastSnapshot;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            LOG.debug("Engine busy: answering with the snapshot of an earlier pass", e);
            return lastSnapshot;
        }
    }

    /**
     * The snapshot of what the engine knows now, built if a pass ran since the last one. On the engine's thread.
     */
    private EngineSnapshot currentSnapshot() {
        EngineSnapshot current = snapshot;
        if (current == null) {
            current = pass.snapshot();
            lastSnapshot = current;
            snapshot = current;
        }
        return current;
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
        executor.schedule(() -> settled.complete(null), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        return settled.thenApplyAsync(ignored -> task.apply(currentSnapshot()), executor);
    }

    @Override
    public @NonNull CompletableFuture<Map<String, RouterResolution>> preview(final @NonNull List<CompiledRule> extra) {
        return CompletableFuture.supplyAsync(() -> pass.preview(extra, clock.instant()), executor);
    }

    @Override
    public @NonNull CompletableFuture<Map<String, RouterDryRun>> dryRun(final @NonNull List<CompiledRule> batch) {
        final List<CompiledRule> copy = List.copyOf(batch);
        return CompletableFuture.supplyAsync(() -> pass.dryRun(copy, clock.instant()), executor);
    }

    /**
     * Unregisters from the speaker. Work already queued still runs until the executor's owner shuts it down.
     *
     * @throws Exception if the registration fails to close
     */
    @Override
    public synchronized void close() throws Exception {
        final AutoCloseable registration = bgpRegistration;
        bgpRegistration = null;
        if (registration != null) {
            registration.close();
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
            // after the changes already queued: those arriving while it runs are left to the next pass
            schedulePass(0);
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

    /**
     * Runs a pass, logging what a scheduled executor would otherwise swallow.
     */
    @SuppressWarnings("checkstyle:IllegalCatch")
    private void guardedPass() {
        scheduledPass = null;
        // what the pass changes, even if it fails half-way, is in the next snapshot
        snapshot = null;
        try {
            final Instant now = clock.instant();
            final Instant next = pass.run(now);
            if (next != null) {
                schedulePass(Math.max(1, Duration.between(now, next).toMillis()));
            }
        } catch (RuntimeException e) {
            LOG.error("Flowsteer engine pass failed", e);
        } finally {
            holdsForPass.forEach(StatusHold::release);
            holdsForPass.clear();
        }
    }
}
