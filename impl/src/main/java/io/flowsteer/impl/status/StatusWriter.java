/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.status.StatusChange.RuleMoved;
import io.flowsteer.impl.status.StatusChange.RuleRefused;
import io.flowsteer.impl.status.StatusChange.RuleRemoval;
import io.flowsteer.impl.status.StatusChange.RuleRendered;
import io.flowsteer.impl.status.StatusChange.RuleStateChange;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.WriteTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.flowspec.status.RuleKey;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.yang.types.rev130715.DateAndTime;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of operational status. Callers queue changes and return at once; a single thread drains the
 * queue and applies everything that has accumulated in one transaction, so a burst of a thousand rule changes
 * costs a handful of commits, and changes are applied in the order they were queued. A rendered or refused rule's
 * status is replaced as a whole (so stale encodings or validation errors never linger); a state change or a move
 * in the order is merged.
 */
public final class StatusWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusWriter.class);
    private static final int MAX_BATCH = 10_000;
    private static final long COMMIT_TIMEOUT_SECONDS = 30;
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
        .withZone(ZoneOffset.UTC);

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final DataBroker dataBroker;
    private final Clock clock;
    private final Thread worker;
    private final Object stop = new Object();

    public StatusWriter(final @NonNull DataBroker dataBroker, final @NonNull Clock clock) {
        this.dataBroker = requireNonNull(dataBroker);
        this.clock = requireNonNull(clock);
        worker = new Thread(this::drain, "flowsteer-status-writer");
        worker.setDaemon(true);
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
        queue.add(new RuleStateChange(ruleName, state, clock.instant()));
    }

    /**
     * Queues a rule's rendering: its encodings and order index, state pending.
     *
     * @param ruleName the rule
     * @param nlriHex the NLRI encoding
     * @param extendedCommunities the action extended community encodings, in order
     * @param communityContainer the Community Container encoding, if any
     * @param orderIndex its 0-based position in the installation order
     */
    public void ruleRendered(final @NonNull String ruleName, final @NonNull String nlriHex,
            final @NonNull List<String> extendedCommunities, final @Nullable String communityContainer,
            final long orderIndex) {
        queue.add(new RuleRendered(ruleName, nlriHex, extendedCommunities, communityContainer, orderIndex,
            clock.instant()));
    }

    /**
     * Queues a new order index for a rendered rule that others have pushed up or down.
     *
     * @param ruleName the rule
     * @param orderIndex its new 0-based position
     */
    public void ruleMoved(final @NonNull String ruleName, final long orderIndex) {
        queue.add(new RuleMoved(ruleName, orderIndex));
    }

    /**
     * Queues a rule that cannot be rendered: state failed, with its validation errors.
     *
     * @param ruleName the rule
     * @param errors the errors, each naming the rule and the field
     */
    public void ruleRefused(final @NonNull String ruleName, final @NonNull List<String> errors) {
        queue.add(new RuleRefused(ruleName, errors, clock.instant()));
    }

    /**
     * Queues the removal of a rule's status.
     *
     * @param ruleName the rule
     */
    public void ruleRemoved(final @NonNull String ruleName) {
        queue.add(new RuleRemoval(ruleName));
    }

    @Override
    public void close() throws InterruptedException {
        queue.add(stop);
        worker.join(TimeUnit.SECONDS.toMillis(COMMIT_TIMEOUT_SECONDS));
        LOG.info("Flowsteer status writer stopped");
    }

    private void drain() {
        final List<Object> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                LOG.info("Status writer interrupted, {} changes left unwritten", queue.size());
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            final boolean stopping = batch.remove(stop);
            if (!batch.isEmpty()) {
                write(batch);
            }
            batch.clear();
            if (stopping) {
                return;
            }
        }
    }

    private void write(final List<Object> batch) {
        final WriteTransaction tx = dataBroker.newWriteOnlyTransaction();
        for (Object item : batch) {
            final StatusChange change = (StatusChange) item;
            final InstanceIdentifier<Rule> path = InstanceIdentifier.builder(FlowspecStatus.class)
                .child(Rule.class, new RuleKey(change.ruleName())).build();
            if (change instanceof RuleStateChange state) {
                tx.mergeParentStructureMerge(LogicalDatastoreType.OPERATIONAL, path, new RuleBuilder()
                    .setName(state.ruleName())
                    .setState(state.state())
                    .setLastChange(dateAndTime(state.at()))
                    .build());
            } else if (change instanceof RuleRendered rendered) {
                tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, path, new RuleBuilder()
                    .setName(rendered.ruleName())
                    .setNlri(new HexString(rendered.nlriHex()))
                    .setExtendedCommunity(rendered.extendedCommunities().isEmpty() ? null
                        : rendered.extendedCommunities().stream().map(HexString::new).toList())
                    .setCommunityContainer(rendered.communityContainer() == null ? null
                        : new HexString(rendered.communityContainer()))
                    .setOrderIndex(Uint32.valueOf(rendered.orderIndex()))
                    .setState(RuleState.Pending)
                    .setLastChange(dateAndTime(rendered.at()))
                    .build());
            } else if (change instanceof RuleMoved moved) {
                tx.mergeParentStructureMerge(LogicalDatastoreType.OPERATIONAL, path, new RuleBuilder()
                    .setName(moved.ruleName())
                    .setOrderIndex(Uint32.valueOf(moved.orderIndex()))
                    .build());
            } else if (change instanceof RuleRefused refused) {
                tx.mergeParentStructurePut(LogicalDatastoreType.OPERATIONAL, path, new RuleBuilder()
                    .setName(refused.ruleName())
                    .setValidationError(Set.copyOf(refused.errors()))
                    .setState(RuleState.Failed)
                    .setLastChange(dateAndTime(refused.at()))
                    .build());
            } else {
                tx.delete(LogicalDatastoreType.OPERATIONAL, path);
            }
        }
        try {
            tx.commit().get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.debug("Wrote {} status changes", batch.size());
        } catch (ExecutionException | TimeoutException e) {
            LOG.error("Failed to write {} status changes", batch.size(), e);
        } catch (InterruptedException e) {
            LOG.warn("Interrupted while writing {} status changes", batch.size(), e);
            Thread.currentThread().interrupt();
        }
    }

    private static DateAndTime dateAndTime(final Instant instant) {
        return new DateAndTime(DATE_AND_TIME.format(instant));
    }
}
