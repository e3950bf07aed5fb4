/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.cluster.ActiveOnly;
import io.flowsteer.impl.cluster.ControllerRecord;
import io.flowsteer.impl.compile.RuleEncoding;
import io.flowsteer.impl.status.StatusChange.ControllerChange;
import io.flowsteer.impl.status.StatusChange.DevicePart;
import io.flowsteer.impl.status.StatusChange.DeviceRemoval;
import io.flowsteer.impl.status.StatusChange.ReceivedRoute;
import io.flowsteer.impl.status.StatusChange.ReceivedRouteCounts;
import io.flowsteer.impl.status.StatusChange.ReceivedRouteRemoval;
import io.flowsteer.impl.status.StatusChange.RuleMoved;
import io.flowsteer.impl.status.StatusChange.RuleOffDevice;
import io.flowsteer.impl.status.StatusChange.RuleOnDevice;
import io.flowsteer.impl.status.StatusChange.RuleRefused;
import io.flowsteer.impl.status.StatusChange.RuleRemoval;
import io.flowsteer.impl.status.StatusChange.RuleRendered;
import io.flowsteer.impl.status.StatusChange.RuleStateChange;
import io.flowsteer.impl.status.StatusChange.StatusReset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.dom.codec.api.BindingNormalizedNodeSerializer;
import org.opendaylight.mdsal.dom.api.DOMDataBroker;
import org.opendaylight.mdsal.dom.api.DOMDataTreeWriteTransaction;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Bgp;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.Netconf;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.RuleLimit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.device.status.device.received.routes.Unicast;
import org.opendaylight.yangtools.yang.binding.ChildOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of operational status. Callers queue changes and return at once; a single thread drains the
 * queue and applies everything that has accumulated in one transaction, so a burst of a thousand rule changes
 * costs a handful of commits, and changes are applied in the order they were queued; a rule's changes in one batch
 * are folded into one write of its entry ({@link RuleDraft}). A rendered or refused rule's
 * status is replaced as a whole (so stale encodings or validation errors never linger); a state change or a new
 * order key is merged. A {@link StatusHold} makes the writer wait, at most {@value #HOLD_MILLIS} ms, for status
 * that is about to follow, so that it lands in the same write.
 *
 * <p>It writes only while this node is the active controller ({@link #active(boolean)}); a writer made by
 * {@link #standby(DOMDataBroker, BindingNormalizedNodeSerializer, Clock)} starts on standby and writes nothing until
 * then.
 */
public final class StatusWriter implements ActiveOnly, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusWriter.class);
    private static final int MAX_BATCH = 10_000;
    private static final long COMMIT_TIMEOUT_SECONDS = 30;
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long MAX_RETRY_MILLIS = 2_000;
    private static final int MAX_ATTEMPTS = 5;
    /** The longest the writer waits for the holds on a batch, and the longest a hold lasts unreleased. */
    static final long HOLD_MILLIS = 250;
    private static final long HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(HOLD_MILLIS);
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final DOMDataBroker dataBroker;
    private final BindingNormalizedNodeSerializer serializer;
    private final Clock clock;
    private final Thread worker;
    private final Object stop = new Object();
    private final AtomicLong failedCommits = new AtomicLong();
    private final AtomicLong droppedChanges = new AtomicLong();
    private final StatusState entries = new StatusState();
    private boolean closing;
    // Guarded by stop: holds taken, neither released nor expired, oldest first, with when each was taken.
    private final Map<StatusHold, Long> holds = new LinkedHashMap<>();
    /** Whether changes are queued at all; the worker's own {@link #writing} decides what is written. */
    private volatile boolean accepting;
    // Touched by the worker thread only: whether the changes it takes are written or discarded.
    private boolean writing;

    /**
     * A writer that writes from the start, for a controller that is always active (and for tests).
     *
     * @param dataBroker the DOM data broker
     * @param serializer the binding codec, for the status other than rule entries
     * @param clock stamps the changes
     */
    public StatusWriter(final @NonNull DOMDataBroker dataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer, final @NonNull Clock clock) {
        this(dataBroker, serializer, clock, true);
    }

    private StatusWriter(final DOMDataBroker dataBroker, final BindingNormalizedNodeSerializer serializer,
            final Clock clock, final boolean active) {
        this.dataBroker = requireNonNull(dataBroker);
        this.serializer = requireNonNull(serializer);
        this.clock = requireNonNull(clock);
        accepting = active;
        writing = active;
        worker = new Thread(this::drain, "flowsteer-status-writer");
        worker.setDaemon(true);
    }

    /**
     * A writer on standby: it writes nothing until {@link #active(boolean)} makes this node the active controller.
     *
     * @param dataBroker the DOM data broker
     * @param serializer the binding codec, for the status other than rule entries
     * @param clock stamps the changes
     * @return the writer, not started
     */
    public static @NonNull StatusWriter standby(final @NonNull DOMDataBroker dataBroker,
            final @NonNull BindingNormalizedNodeSerializer serializer, final @NonNull Clock clock) {
        return new StatusWriter(dataBroker, serializer, clock, false);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Becoming active: the status the previous active controller left (rules and routers) is deleted, then every
     * change queued from now on is written; the callers then hand over their whole state again, so the status is
     * rewritten complete from this node's own state. Going on standby: changes queued until now are still written
     * (the caller's last word, such as the controller record of the hand-over), anything later is discarded, and
     * the future completes once the last of them is written.
     */
    @Override
    public synchronized @NonNull CompletableFuture<Void> active(final boolean active) {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        if (accepting == active) {
            done.complete(null);
            return done;
        }
        accepting = active;
        queue.add(new RoleMarker(active, done));
        if (active) {
            queue.add(new StatusReset());
        }
        LOG.info("Flowsteer status writer {}", active ? "writes: this node is the active controller"
            : "stops writing: this node is on standby");
        return done;
    }

    /**
     * Asks the writer to wait before its next commit until the status that follows is queued: taken before the first
     * of a group of changes is queued, released after the last. The writer waits for every hold outstanding, at most
     * {@value #HOLD_MILLIS} ms per batch; a hold not released within that time expires.
     *
     * @return the hold, to be released exactly when the status it announced is queued
     */
    public @NonNull StatusHold hold() {
        final StatusHold hold = new Hold();
        final long now = System.nanoTime();
        synchronized (stop) {
            expireHolds(now);
            holds.put(hold, now);
        }
        return hold;
    }

    /** A hold, released once; releasing the last one wakes the writer. */
    private final class Hold implements StatusHold {
        @Override
        public void release() {
            synchronized (stop) {
                if (holds.remove(this) != null && holds.isEmpty()) {
                    stop.notifyAll();
                }
            }
        }
    }

    /**
     * Queues which node is the active controller; written only while this node is active.
     *
     * @param record the record
     */
    public void controller(final @NonNull ControllerRecord record) {
        offer(new ControllerChange(record));
    }

    private void offer(final StatusChange change) {
        if (accepting) {
            queue.add(change);
        }
    }

    /** Where the worker starts or stops writing, in queue order. */
    private record RoleMarker(boolean active, CompletableFuture<Void> done) {
    }

    /**
     * Starts the writer thread. Blueprint calls this once the writer is constructed.
     */
    public void start() {
        worker.start();
        LOG.info("Flowsteer status writer started");
    }

    /**
     * Queues a rule's summary state.
     *
     * @param ruleName the rule
     * @param state its new state
     */
    public void ruleState(final @NonNull String ruleName, final @NonNull RuleState state) {
        offer(new RuleStateChange(ruleName, state, clock.instant()));
    }

    /**
     * Queues a rule's rendering: its encodings and order key, state pending.
     *
     * @param ruleName the rule
     * @param encoding the rule's encodings; the status shows them as hex
     * @param orderKey where it sits in the installation order (a lower key goes first)
     */
    public void ruleRendered(final @NonNull String ruleName, final @NonNull RuleEncoding encoding,
            final long orderKey) {
        offer(new RuleRendered(ruleName, encoding, orderKey, clock.instant()));
    }

    /**
     * Queues a new order key for a rendered rule whose neighbours needed room.
     *
     * @param ruleName the rule
     * @param orderKey its new key
     */
    public void ruleMoved(final @NonNull String ruleName, final long orderKey) {
        offer(new RuleMoved(ruleName, orderKey));
    }

    /**
     * Queues a rule that cannot be rendered: state failed, with its validation errors.
     *
     * @param ruleName the rule
     * @param errors the errors, each naming the rule and the field
     */
    public void ruleRefused(final @NonNull String ruleName, final @NonNull List<String> errors) {
        offer(new RuleRefused(ruleName, errors, clock.instant()));
    }

    /**
     * Queues the removal of a rule's status.
     *
     * @param ruleName the rule
     */
    public void ruleRemoved(final @NonNull String ruleName) {
        offer(new RuleRemoval(ruleName));
    }

    /**
     * Records what one router does with one rule.
     *
     * @param ruleName the rule
     * @param device the router
     * @param state the rule's state there
     * @param reasons why, the deciding reason first; none when nothing needs saying
     * @param effectiveAction what the router does with matching traffic
     */
    public void ruleOnDevice(final @NonNull String ruleName, final @NonNull String device,
            final @NonNull RuleState state, final @NonNull Reasons reasons, final @Nullable String effectiveAction) {
        offer(new RuleOnDevice(ruleName, device, state, reasons, effectiveAction, clock.instant()));
    }

    /**
     * Removes a router's verdict on a rule, when the rule no longer targets it or the router is gone.
     *
     * @param ruleName the rule
     * @param device the router
     */
    public void ruleOffDevice(final @NonNull String ruleName, final @NonNull String device) {
        offer(new RuleOffDevice(ruleName, device));
    }

    /**
     * Replaces a router's BGP session status.
     *
     * @param device the router
     * @param bgp the status
     */
    public void deviceBgp(final @NonNull String device, final @NonNull Bgp bgp) {
        offer(new DevicePart<>(device, Bgp.class, bgp));
    }

    /**
     * Replaces a router's rule limit status.
     *
     * @param device the router
     * @param limit the status
     */
    public void deviceRuleLimit(final @NonNull String device, final @NonNull RuleLimit limit) {
        offer(new DevicePart<>(device, RuleLimit.class, limit));
    }

    /**
     * Adds or replaces a flowspec route the router sent us.
     *
     * @param device the router
     * @param route the route, decoded and validated
     */
    public void receivedFlowspec(final @NonNull String device, final @NonNull Flowspec route) {
        offer(new ReceivedRoute<>(device, Flowspec.class, route));
    }

    /**
     * Adds or replaces a unicast route the router sent us.
     *
     * @param device the router
     * @param route the route
     */
    public void receivedUnicast(final @NonNull String device, final @NonNull Unicast route) {
        offer(new ReceivedRoute<>(device, Unicast.class, route));
    }

    /**
     * Sets how many routes the router sent, listed or not.
     *
     * @param device the router
     * @param flowspec flowspec routes held
     * @param unicast unicast routes held
     * @param notListed routes held but not listed
     */
    public void receivedCounts(final @NonNull String device, final long flowspec, final long unicast,
            final long notListed) {
        offer(new ReceivedRouteCounts(device, flowspec, unicast, notListed));
    }

    /**
     * Removes a route the router withdrew, or all its routes.
     *
     * @param device the router
     * @param flowspecNlri a flowspec NLRI in hex, or null
     * @param unicastPrefix a unicast prefix, or null; with both null every received route goes
     */
    public void receivedRemoved(final @NonNull String device, final @Nullable String flowspecNlri,
            final @Nullable String unicastPrefix) {
        offer(new ReceivedRouteRemoval(device, flowspecNlri, unicastPrefix));
    }

    /**
     * Replaces a router's NETCONF session and push status.
     *
     * @param device the router
     * @param netconf the status
     */
    public void deviceNetconf(final @NonNull String device, final @NonNull Netconf netconf) {
        offer(new DevicePart<>(device, Netconf.class, netconf));
    }

    /**
     * Removes a router's status: all of it, or only its BGP or NETCONF part.
     *
     * @param device the router
     * @param part {@code Bgp.class}, {@code Netconf.class}, or null for the router's whole entry
     */
    public void deviceRemoved(final @NonNull String device, final @Nullable Class<? extends ChildOf<Device>> part) {
        offer(new DeviceRemoval(device, part));
    }

    /**
     * The instant used to stamp changes, so that callers formatting times agree with the writer.
     *
     * @return now, by the writer's clock
     */
    public @NonNull Instant now() {
        return clock.instant();
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (stop) {
            closing = true;
            stop.notifyAll();
        }
        queue.add(stop);
        worker.join(TimeUnit.SECONDS.toMillis(COMMIT_TIMEOUT_SECONDS));
        // nobody waits on a role change the worker did not reach
        for (Object left : queue) {
            if (left instanceof RoleMarker marker) {
                marker.done().complete(null);
            }
        }
        LOG.info("Flowsteer status writer stopped");
    }

    private void drain() {
        final List<Object> batch = new ArrayList<>();
        final List<Object> changes = new ArrayList<>();
        while (true) {
            try {
                final Object first = queue.take();
                batch.add(first);
                if (first instanceof StatusChange) {
                    awaitHolds();
                }
            } catch (InterruptedException e) {
                LOG.info("Status writer interrupted, {} changes left unwritten", queue.size());
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            boolean stopping = false;
            for (Object item : batch) {
                if (item == stop) {
                    stopping = true;
                } else if (item instanceof RoleMarker marker) {
                    // what was queued before the marker is written (or not) as the role before it says
                    if (!flush(changes)) {
                        return;
                    }
                    writing = marker.active();
                    marker.done().complete(null);
                } else if (writing) {
                    changes.add(item);
                }
            }
            batch.clear();
            if (!flush(changes) || stopping) {
                return;
            }
        }
    }

    /**
     * Waits until no hold is outstanding, the writer closes, or {@value #HOLD_MILLIS} ms passed. Holds older than
     * that expire: one never released delays one batch, not every batch after it.
     */
    private void awaitHolds() throws InterruptedException {
        final long start = System.nanoTime();
        synchronized (stop) {
            while (!closing) {
                final long now = System.nanoTime();
                expireHolds(now);
                final long left = start + HOLD_NANOS - now;
                if (holds.isEmpty() || left <= 0) {
                    return;
                }
                stop.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    // Called holding stop.
    private void expireHolds(final long now) {
        final var oldestFirst = holds.values().iterator();
        while (oldestFirst.hasNext() && now - oldestFirst.next() >= HOLD_NANOS) {
            oldestFirst.remove();
        }
    }

    private boolean flush(final List<Object> changes) {
        if (changes.isEmpty()) {
            return true;
        }
        final boolean written = write(List.copyOf(changes));
        changes.clear();
        return written;
    }

    /**
     * Writes one batch in one transaction. When that fails, the changes are written one per transaction, in
     * order, each retried with backoff while the datastore refuses it for a passing reason; a change that still
     * fails is logged with its content and dropped, so that one bad change can never stall the status of every
     * rule behind it. Only closing the writer gives up on the rest.
     *
     * @return false when the writer is closing or was interrupted
     */
    private boolean write(final List<Object> batch) {
        if (commit(batch)) {
            return true;
        }
        failedCommits.incrementAndGet();
        LOG.warn("A batch of {} status changes failed; writing them one by one", batch.size());
        for (Object change : batch) {
            long backoffMillis = FIRST_RETRY_MILLIS;
            for (int attempt = 1; !commit(List.of(change)); attempt++) {
                if (attempt == MAX_ATTEMPTS) {
                    droppedChanges.incrementAndGet();
                    LOG.error("Status not written: the datastore refused {} {} times; it is dropped so that the "
                        + "status behind it is written", ((StatusChange) change).subject(), attempt);
                    LOG.debug("Dropped status change {}", change);
                    break;
                }
                if (!pause(backoffMillis)) {
                    return false;
                }
                backoffMillis = Math.min(backoffMillis * 2, MAX_RETRY_MILLIS);
            }
        }
        return true;
    }

    @SuppressWarnings("checkstyle:IllegalCatch")
    private boolean commit(final List<Object> changes) {
        final DOMDataTreeWriteTransaction tx = dataBroker.newWriteOnlyTransaction();
        // A batch may fail: its effect on which entries exist counts only once it is committed.
        try {
            StatusBatch.writeTo(new StatusTransaction(tx, serializer), changes, entries);
            tx.commit().get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            entries.commit();
            LOG.debug("Wrote {} status changes", changes.size());
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // RuntimeException: building the change failed; the transaction is abandoned either way.
            tx.cancel();
            entries.rollback();
            LOG.warn("Failed to write {} status changes", changes.size(), e);
            return false;
        } catch (InterruptedException e) {
            tx.cancel();
            entries.rollback();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean pause(final long millis) {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (stop) {
            while (!closing) {
                final long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    stop.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * How many status changes were dropped because the datastore kept refusing them.
     *
     * @return the count
     */
    public long droppedChanges() {
        return droppedChanges.get();
    }

    /**
     * How many batch commits failed (their changes were then written one by one) since start.
     *
     * @return the count
     */
    public long failedCommits() {
        return failedCommits.get();
    }
}
