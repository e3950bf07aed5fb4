/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import static com.google.common.util.concurrent.MoreExecutors.directExecutor;
import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import io.flowsteer.impl.status.RuleStateCounts;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.mdsal.binding.api.RpcProviderService;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummary;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummaryInput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummaryOutput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleSummaryOutputBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.rule.summary.output.State;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.rule.summary.output.StateBuilder;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.binding.util.BindingMap;
import org.opendaylight.yangtools.yang.common.RpcResult;
import org.opendaylight.yangtools.yang.common.RpcResultBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rule-summary} (flowsteer-status): how many rules are in each state, counted on every node from what the
 * datastores hold, so any cluster member answers and nothing is cached that could disagree with the status.
 */
public final class RuleSummaryRpc implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RuleSummaryRpc.class);

    private final @NonNull RpcProviderService rpcProvider;
    private final @NonNull DataBroker broker;
    private @Nullable Registration registration;

    /**
     * Creates the RPC; {@link #register()} offers it.
     *
     * @param rpcProvider MD-SAL's RPC registry
     * @param broker the data broker the counts are read from
     */
    public RuleSummaryRpc(final @NonNull RpcProviderService rpcProvider, final @NonNull DataBroker broker) {
        this.rpcProvider = requireNonNull(rpcProvider);
        this.broker = requireNonNull(broker);
    }

    /**
     * Registers the implementation.
     */
    public synchronized void register() {
        registration = rpcProvider.registerRpcImplementation((RuleSummary) this::ruleSummary);
        LOG.info("Flowsteer RPC rule-summary registered");
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }

    /**
     * {@code rule-summary}.
     *
     * @param input nothing
     * @return the counts
     */
    public @NonNull ListenableFuture<RpcResult<RuleSummaryOutput>> ruleSummary(final RuleSummaryInput input) {
        return Futures.transform(RuleStateCounts.read(broker),
            counts -> RpcResultBuilder.success(output(counts)).build(), directExecutor());
    }

    static @NonNull RuleSummaryOutput output(final @NonNull RuleStateCounts counts) {
        return new RuleSummaryOutputBuilder()
            .setConfigured(Uint32.valueOf(counts.configured()))
            .setWithStatus(Uint32.valueOf(counts.withStatus()))
            .setState(counts.byState().isEmpty() ? null : BindingMap.ordered(counts.byState().entrySet().stream()
                .map(entry -> new StateBuilder().setName(entry.getKey()).setRules(Uint32.valueOf(entry.getValue()))
                    .build())
                .toArray(State[]::new)))
            .build();
    }
}
