/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.SettableFuture;
import io.flowsteer.api.bytes.Octets;
import io.flowsteer.api.match.PacketHeader;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.CurrentCompiler;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.RuleError;
import io.flowsteer.impl.engine.EngineView;
import io.flowsteer.impl.guard.CurrentGuards;
import io.flowsteer.impl.order.RuleOrder;
import io.flowsteer.impl.resolve.RouterResolution;
import io.flowsteer.impl.resolve.RuleVerdict;
import io.flowsteer.impl.status.ReasonLeaves;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.RpcProviderService;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ExplainPacket;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ExplainPacketInput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ExplainPacketOutput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ExplainPacketOutputBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.HexString;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PreviewRule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PreviewRuleInput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PreviewRuleOutput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.PreviewRuleOutputBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ResyncDevice;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ResyncDeviceInput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ResyncDeviceOutput;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.ResyncDeviceOutputBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.input.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.OnDevice;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.OnDeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.OnDeviceKey;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.common.RpcResult;
import org.opendaylight.yangtools.yang.common.RpcResultBuilder;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RPCs of {@code flowsteer-status}:
 * <ul>
 *   <li>{@code preview-rule}: compiles a rule that is not configured, places it in the installation order among
 *       the configured rules, and resolves it on every router it targets, writing and sending nothing; or, given a
 *       batch, a dry run of a bulk change ({@link BatchPreview});</li>
 *   <li>{@code explain-packet}: which rule in effect on a router applies to a packet, and what it does;</li>
 *   <li>{@code resync-device}: re-resolves a router and rewrites all its status.</li>
 * </ul>
 * Bad input is answered with an RPC error of type application, tag invalid-value, naming the field.
 */
public final class FlowsteerRpcs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlowsteerRpcs.class);
    private static final String PREVIEW_NAME = "preview";

    private final @NonNull RpcProviderService rpcProvider;
    private final @NonNull CurrentCompiler compiler;
    private final @NonNull EngineView engine;
    private final @NonNull CurrentGuards guards;
    private Registration registration;

    /**
     * Creates the RPCs with a fixed compiler; {@link #register()} offers them.
     *
     * @param rpcProvider MD-SAL's RPC registry
     * @param compiler the rule compiler
     * @param engine the engine
     */
    public FlowsteerRpcs(final @NonNull RpcProviderService rpcProvider, final @NonNull RuleCompiler compiler,
            final @NonNull EngineView engine) {
        this(rpcProvider, new CurrentCompiler(compiler), engine);
    }

    /**
     * Creates the RPCs; {@link #register()} offers them. A preview compiles with the compiler in use at the time,
     * so with the code points in use.
     *
     * @param rpcProvider MD-SAL's RPC registry
     * @param compiler the rule compiler in use
     * @param engine the engine
     */
    public FlowsteerRpcs(final @NonNull RpcProviderService rpcProvider, final @NonNull CurrentCompiler compiler,
            final @NonNull EngineView engine) {
        this(rpcProvider, compiler, engine, new CurrentGuards());
    }

    /**
     * Creates the RPCs; {@link #register()} offers them. A batch preview holds its rules against the safety guards
     * in force at the time, as a commit would.
     *
     * @param rpcProvider MD-SAL's RPC registry
     * @param compiler the rule compiler in use
     * @param engine the engine
     * @param guards the safety guards in force
     */
    public FlowsteerRpcs(final @NonNull RpcProviderService rpcProvider, final @NonNull CurrentCompiler compiler,
            final @NonNull EngineView engine, final @NonNull CurrentGuards guards) {
        this.rpcProvider = requireNonNull(rpcProvider);
        this.compiler = requireNonNull(compiler);
        this.engine = requireNonNull(engine);
        this.guards = requireNonNull(guards);
    }

    /**
     * Registers the implementations.
     */
    public synchronized void register() {
        registration = rpcProvider.registerRpcImplementations((PreviewRule) this::previewRule,
            (ExplainPacket) this::explainPacket, (ResyncDevice) this::resyncDevice);
        LOG.info("Flowsteer RPCs preview-rule, explain-packet and resync-device registered");
    }

    @Override
    public synchronized void close() {
        if (registration != null) {
            registration.close();
            registration = null;
        }
    }

    /**
     * {@code preview-rule}.
     *
     * @param input the rule to preview
     * @return its encodings, its order index and per router verdict, or its validation errors
     */
    public @NonNull ListenableFuture<RpcResult<PreviewRuleOutput>> previewRule(final @NonNull PreviewRuleInput input) {
        final Rule rule = input.getRule();
        final var batch = input.getBatch() == null ? null : input.getBatch().getRule();
        if (batch != null && !batch.isEmpty()) {
            if (rule != null) {
                return invalid("batch", "preview-rule takes a rule or a batch, not both");
            }
            return toRpcResult(BatchPreview.run(List.copyOf(batch.values()), compiler.get(), guards.get(), engine)
                .thenApply(outcome -> new PreviewRuleOutputBuilder().setBatch(outcome).build()));
        }
        if (rule == null) {
            return invalid("rule", "preview-rule needs a rule or a batch");
        }
        final String name = rule.getName() == null ? PREVIEW_NAME : rule.getName();
        final Compilation compilation = compiler.get().compile(name, rule);
        if (compilation instanceof Compilation.Refused refused) {
            return success(new PreviewRuleOutputBuilder()
                .setValidationError(new HashSet<>(refused.errors().stream().map(RuleError::describe).toList()))
                .build());
        }
        final CompiledRule compiled = ((Compilation.Compiled) compilation).rule();
        final CompletableFuture<PreviewRuleOutput> output = engine.preview(List.of(compiled))
            .thenCombine(engine.afterPendingWork(snapshot -> {
                final List<CompiledRule> all = new ArrayList<>(snapshot.ordered().size() + 1);
                snapshot.ordered().stream().filter(other -> !other.name().equals(name)).forEach(all::add);
                all.add(compiled);
                return RuleOrder.of(all).indexOf(name);
            }), (resolutions, index) -> previewOutput(compiled, index, resolutions));
        return toRpcResult(output);
    }

    private static PreviewRuleOutput previewOutput(final CompiledRule compiled, final int index,
            final Map<String, RouterResolution> resolutions) {
        final Octets container = compiled.encoding().communityContainerAttribute(true);
        final Map<OnDeviceKey, OnDevice> devices = new HashMap<>();
        resolutions.forEach((device, resolution) -> {
            final RuleVerdict verdict = resolution.verdicts().get(compiled.name());
            if (verdict != null) {
                final DeviceRef ref = new DeviceRef(device);
                devices.put(new OnDeviceKey(ref), new OnDeviceBuilder().setName(ref).setState(verdict.state())
                    .setReason(verdict.reason()).setReasonCode(ReasonLeaves.code(verdict.reasons().leading()))
                    .setReasonArgument(ReasonLeaves.arguments(verdict.reasons().leading()))
                    .setFurtherReasonCode(ReasonLeaves.furtherCodes(verdict.reasons()))
                    .setEffectiveAction(verdict.effectiveAction()).build());
            }
        });
        return new PreviewRuleOutputBuilder()
            .setNlri(new HexString(compiled.encoding().nlri().hex()))
            .setExtendedCommunity(compiled.encoding().communities().isEmpty() ? null
                : compiled.encoding().communities().stream().map(octets -> new HexString(octets.hex())).toList())
            .setCommunityContainer(container == null ? null : new HexString(container.hex()))
            .setOrderIndex(Uint32.valueOf(index))
            .setOnDevice(devices.isEmpty() ? null : devices)
            .build();
    }

    /**
     * {@code explain-packet}.
     *
     * @param input the router and the packet
     * @return the rule that applies and what it does
     */
    public @NonNull ListenableFuture<RpcResult<ExplainPacketOutput>> explainPacket(
            final @NonNull ExplainPacketInput input) {
        if (input.getDevice() == null || input.getSource() == null || input.getDestination() == null) {
            return invalid("device/source/destination", "explain-packet needs device, source and destination");
        }
        final String device = input.getDevice().getValue();
        final PacketHeader packet;
        try {
            packet = PacketExplainer.packet(input);
        } catch (IllegalArgumentException e) {
            return invalid("source/destination", e.getMessage());
        }
        return toRpcResult(engine.afterPendingWork(snapshot -> {
            final PacketExplainer.Explanation explanation = PacketExplainer.explain(snapshot, device, packet);
            final var builder = new ExplainPacketOutputBuilder().setVerdict(explanation.verdict());
            if (explanation.matchedRule() != null) {
                builder.setMatchedRule(explanation.matchedRule())
                    .setOrderIndex(Uint32.valueOf(explanation.orderIndex()));
            }
            return builder.build();
        }));
    }

    /**
     * {@code resync-device}.
     *
     * @param input the router
     * @return what was done
     */
    public @NonNull ListenableFuture<RpcResult<ResyncDeviceOutput>> resyncDevice(
            final @NonNull ResyncDeviceInput input) {
        if (input.getDevice() == null) {
            return invalid("device", "resync-device needs a device");
        }
        return toRpcResult(engine.resync(input.getDevice().getValue())
            .thenApply(result -> new ResyncDeviceOutputBuilder().setResult(result).build()));
    }

    private static <T> ListenableFuture<RpcResult<T>> success(final T output) {
        return RpcResultBuilder.success(output).buildFuture();
    }

    private static <T> ListenableFuture<RpcResult<T>> invalid(final String field, final String message) {
        return RpcResultBuilder.<T>failed().withError(ErrorType.APPLICATION, ErrorTag.INVALID_VALUE,
            field + ": " + message).buildFuture();
    }

    private static <T> ListenableFuture<RpcResult<T>> toRpcResult(final CompletableFuture<T> future) {
        final SettableFuture<RpcResult<T>> result = SettableFuture.create();
        future.whenComplete((output, failure) -> {
            if (failure == null) {
                result.set(RpcResultBuilder.success(output).build());
            } else {
                final Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
                result.set(RpcResultBuilder.<T>failed().withError(ErrorType.APPLICATION,
                    cause instanceof IllegalArgumentException ? ErrorTag.INVALID_VALUE : ErrorTag.OPERATION_FAILED,
                    String.valueOf(cause.getMessage())).build());
            }
        });
        return Futures.nonCancellationPropagating(result);
    }
}
