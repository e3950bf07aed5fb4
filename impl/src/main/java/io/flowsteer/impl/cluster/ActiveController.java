/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cluster;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.flowsteer.impl.status.StatusPaths;
import io.flowsteer.impl.status.StatusWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.mdsal.singleton.api.ClusterSingletonService;
import org.opendaylight.mdsal.singleton.api.ClusterSingletonServiceProvider;
import org.opendaylight.mdsal.singleton.api.ServiceGroupIdentifier;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.Controller;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active controller: the one node of a cluster that talks to the routers and writes operational status, chosen
 * by ODL's cluster singleton service (mdsal-singleton over the entity ownership service) as the owner of
 * {@link #GROUP}. On a single node it is always that node. Every other node is on standby: its engine follows the
 * configuration as the active one's does, so that it can take over at once, but its {@link ActiveOnly} parts reach
 * nothing outside the node.
 *
 * <p>Becoming active ({@link #instantiateServiceInstance()}), in this order:
 * <ol>
 *   <li>the status writer starts writing: it deletes the rule and router status the previous active controller
 *       left and writes this node's {@link ControllerRecord} (with the failover's time and, when the previous one
 *       gave the role up itself, its duration);</li>
 *   <li>the BGP speaker opens its listener and starts every peer: the routers kept the previous controller's
 *       routes (RFC 4724 graceful restart) and drop only those not sent again before End-of-RIB;</li>
 *   <li>the NETCONF bridge connects to every router, reads it back and pushes only what it lacks;</li>
 *   <li>each {@link StatusSource} queues its whole status again, so the status is rewritten complete from this
 *       node's state, the sessions as they now are (connecting, no longer on standby).</li>
 * </ol>
 *
 * <p>Losing the role ({@link #closeServiceInstance()}): the BGP sessions close as a restarting speaker's do (no
 * NOTIFICATION, RFC 4724 section 4.1) and the listener closes, the NETCONF sessions close, the controller record
 * gets the time this node gave the role up, and the status writer stops. The returned future completes once all of
 * that is done (or after {@link #CLOSE_WAIT} when the datastore does not answer), and only then does the cluster
 * give the role to another node.
 */
public final class ActiveController implements ClusterSingletonService, ControllerView, AutoCloseable {
    /** The cluster singleton group whose owner is the active controller. */
    public static final ServiceGroupIdentifier GROUP = new ServiceGroupIdentifier("flowsteer-router-contact");
    /** How long a transition waits for the southbounds and, when losing the role, the last status. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ActiveController.class);
    private static final long READ_TIMEOUT_SECONDS = 10;
    private static final InstanceIdentifier<Controller> PATH = InstanceIdentifier.create(Controller.class);

    private final @NonNull ClusterSingletonServiceProvider provider;
    private final @NonNull String member;
    private final @NonNull DataBroker dataBroker;
    private final @NonNull StatusWriter statusWriter;
    private final @NonNull List<StatusSource> sources;
    private final @NonNull List<ActiveOnly> routerContacts;
    private final @NonNull Clock clock;

    private volatile @Nullable ControllerRecord record;
    private @Nullable Registration registration;
    /** Whether the node has lost the cluster's majority: while it has, it talks to no router even if active. */
    private boolean fenced;

    /**
     * Creates the service; {@link #register()} offers it to the cluster.
     *
     * @param provider the cluster singleton service provider
     * @param member this node's cluster member name
     * @param dataBroker reads the record the previous active controller left
     * @param statusWriter the one writer of operational status, on standby until this node is active
     * @param sources the parts that write status, asked in this order to write it again (rules before verdicts)
     * @param routerContacts the parts that talk to routers (BGP speaker, NETCONF bridge), on standby until then
     * @param clock the clock
     */
    public ActiveController(final @NonNull ClusterSingletonServiceProvider provider, final @NonNull String member,
            final @NonNull DataBroker dataBroker, final @NonNull StatusWriter statusWriter,
            final @NonNull List<StatusSource> sources, final @NonNull List<ActiveOnly> routerContacts,
            final @NonNull Clock clock) {
        this.provider = requireNonNull(provider);
        this.member = requireNonNull(member);
        this.dataBroker = requireNonNull(dataBroker);
        this.statusWriter = requireNonNull(statusWriter);
        this.sources = List.copyOf(sources);
        this.routerContacts = List.copyOf(routerContacts);
        this.clock = requireNonNull(clock);
    }

    /**
     * Offers this node as the active controller. Blueprint calls this once everything it drives is wired.
     */
    public synchronized void register() {
        if (registration == null) {
            registration = provider.registerClusterSingletonService(this);
            LOG.info("Flowsteer node {} is on standby until the cluster makes it the active controller", member);
        }
    }

    @Override
    public ServiceGroupIdentifier getIdentifier() {
        return GROUP;
    }

    @Override
    public synchronized void instantiateServiceInstance() {
        final ControllerRecord previous = readRecord();
        final ControllerRecord now = ControllerRecord.takeOver(previous, member, clock.instant());
        record = now;
        if (fenced) {
            LOG.warn("Flowsteer node {} is the active controller but reaches no majority of the cluster: it talks to"
                + " no router until it does", member);
            return;
        }
        startContacts(now);
        final Duration gap = now.lastFailoverDuration();
        LOG.info("Flowsteer node {} is the active controller{}", member, previous == null ? ""
            : " after " + previous.activeNode() + (gap == null ? "" : ", " + gap.toMillis() + " ms without one"));
    }

    /**
     * Starts talking to the routers and writing status, and has the status rewritten complete.
     */
    private void startContacts(final ControllerRecord now) {
        statusWriter.active(true);
        statusWriter.controller(now);
        final CompletableFuture<?>[] started = routerContacts.stream().map(contact -> contact.active(true))
            .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(started).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Flowsteer node {}: a southbound did not start in time; its status follows when it does", member,
                e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sources.forEach(StatusSource::rewriteStatus);
    }

    /**
     * Whether this node reaches a majority of the cluster now ({@link QuorumWatch}). An active node that loses it
     * stops talking to routers at once, as a node losing the role does (the sessions close without a NOTIFICATION,
     * so routers with graceful restart keep the rules), and writes no status: a node cut off from the others must
     * not go on talking to routers while the others choose a new active controller (issue 16, no split brain).
     * When the majority is back and the node is still the active controller, it starts again.
     *
     * @param held whether the node reaches a majority
     */
    public synchronized void quorum(final boolean held) {
        if (fenced == !held) {
            return;
        }
        fenced = !held;
        final ControllerRecord now = record;
        if (now == null) {
            return;
        }
        if (fenced) {
            LOG.warn("Flowsteer node {} reaches no majority of the cluster: it stops talking to routers and writing"
                + " status until it does, or until another node is the active controller", member);
            routerContacts.forEach(contact -> contact.active(false));
            statusWriter.active(false);
        } else {
            LOG.info("Flowsteer node {} reaches a majority of the cluster again and is still the active controller:"
                + " it talks to the routers again", member);
            startContacts(now);
        }
    }

    @Override
    public ListenableFuture<?> closeServiceInstance() {
        final SettableFuture<Void> closed = SettableFuture.create();
        final CompletableFuture<?>[] stopped = routerContacts.stream().map(contact -> contact.active(false))
            .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stopped)
            .thenCompose(ignored -> {
                final ControllerRecord held = record;
                if (held != null) {
                    statusWriter.controller(held.released(clock.instant()));
                }
                record = null;
                return statusWriter.active(false);
            })
            .completeOnTimeout(null, CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)
            .whenComplete((ignored, failure) -> {
                LOG.info("Flowsteer node {} is on standby: its sessions are closed and it writes no status", member);
                closed.set(null);
            });
        return closed;
    }

    @Override
    public @NonNull String member() {
        return member;
    }

    @Override
    public boolean isActive() {
        return record != null;
    }

    @Override
    public @NonNull CompletableFuture<Optional<ControllerRecord>> record() {
        return CompletableFuture.supplyAsync(() -> Optional.ofNullable(readRecord()));
    }

    /**
     * Withdraws this node from the cluster singleton; if it was active, the cluster closes it first.
     */
    @Override
    public synchronized void close() {
        final Registration current = registration;
        registration = null;
        if (current != null) {
            current.close();
        }
    }

    private @Nullable ControllerRecord readRecord() {
        try (ReadTransaction tx = dataBroker.newReadOnlyTransaction()) {
            return tx.read(LogicalDatastoreType.OPERATIONAL, PATH).get(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .map(ActiveController::toRecord).orElse(null);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Cannot read which node was the active controller before; the failover is not timed", e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static @Nullable ControllerRecord toRecord(final Controller stored) {
        final String node = stored.getActiveNode();
        final Instant since = instant(stored.getActiveSince());
        if (node == null || since == null) {
            return null;
        }
        final Uint64 gap = stored.getLastFailoverDurationMs();
        return new ControllerRecord(node, since, instant(stored.getLastFailover()),
            gap == null ? null : Duration.ofMillis(gap.longValue()), instant(stored.getReleasedAt()));
    }

    private static @Nullable Instant instant(final @Nullable DateAndTime time) {
        return time == null ? null : StatusPaths.instant(time);
    }
}
