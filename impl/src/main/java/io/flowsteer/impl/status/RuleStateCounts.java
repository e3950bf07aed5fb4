/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static com.google.common.util.concurrent.MoreExecutors.directExecutor;

import com.google.common.util.concurrent.FluentFuture;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.ReadTransaction;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.Flowspec;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.FlowspecStatus;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.opendaylight.yangtools.yang.binding.DataObject;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * How many rules there are in each summary state, counted from one read of the configuration and one of the status
 * (flowsteer-status {@code rule-summary}). The two reads are not one snapshot: a rule written or deleted between
 * them is counted in one and not yet in the other, which {@code with-status} against {@code configured} shows.
 *
 * @param configured rules in the configuration
 * @param withStatus rules with a status entry
 * @param byState rules per summary state; states no rule is in are absent, an entry without a state is not counted
 */
public record RuleStateCounts(int configured, int withStatus, @NonNull Map<RuleState, Integer> byState) {
    /**
     * The counts, with an unmodifiable copy of the states.
     */
    public RuleStateCounts {
        final Map<RuleState, Integer> states = new EnumMap<>(RuleState.class);
        states.putAll(byState);
        byState = Collections.unmodifiableMap(states);
    }

    /**
     * Counts the rules as the datastores hold them now.
     *
     * @param broker the data broker
     * @return the counts, once both reads are done
     */
    public static @NonNull ListenableFuture<RuleStateCounts> read(final @NonNull DataBroker broker) {
        final var config = readOne(broker, LogicalDatastoreType.CONFIGURATION,
            InstanceIdentifier.create(Flowspec.class));
        final var status = readOne(broker, LogicalDatastoreType.OPERATIONAL,
            InstanceIdentifier.create(FlowspecStatus.class));
        return Futures.whenAllSucceed(config, status).call(() -> count(Futures.getDone(config),
            Futures.getDone(status)), directExecutor());
    }

    private static RuleStateCounts count(final Optional<Flowspec> config, final Optional<FlowspecStatus> status) {
        // the size of a stored list is known without decoding its entries; each status entry's state is decoded
        final int configured = config.map(flowspec -> flowspec.nonnullRule().size()).orElse(0);
        final Map<RuleState, Integer> byState = new EnumMap<>(RuleState.class);
        int withStatus = 0;
        for (var rule : status.map(FlowspecStatus::nonnullRule).orElse(Map.of()).values()) {
            withStatus++;
            final RuleState state = rule.getState();
            if (state != null) {
                byState.merge(state, 1, Integer::sum);
            }
        }
        return new RuleStateCounts(configured, withStatus, byState);
    }

    private static <T extends DataObject> FluentFuture<Optional<T>> readOne(final DataBroker broker,
            final LogicalDatastoreType store, final InstanceIdentifier<T> path) {
        // a transaction is bound to one datastore; each is closed once its read is done
        final ReadTransaction tx = broker.newReadOnlyTransaction();
        final FluentFuture<Optional<T>> read = tx.read(store, path);
        read.addListener(tx::close, directExecutor());
        return read;
    }
}
