/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.rpc;

import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.engine.DeviceStatusLine;
import io.flowsteer.impl.engine.EngineView;
import io.flowsteer.impl.engine.RouterDryRun;
import io.flowsteer.impl.guard.RuleGuards;
import io.flowsteer.impl.status.ReasonLeaves;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.input.batch.Rule;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.Batch;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.BatchBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.OnDevice;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.OnDeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.OnDeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.Refused;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.RefusedBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.RefusedKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.on.device.RuleVerdict;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.on.device.RuleVerdictBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.preview.rule.output.batch.on.device.RuleVerdictKey;

/**
 * {@code preview-rule} with a batch (issue 15 item 8): a dry run of a bulk change. Each rule is compiled and held
 * against the safety guards as a commit would; the ones a commit would refuse are listed with the refusal's words
 * and left out, the others are resolved together on every router they touch ({@link EngineView#dryRun}), router
 * limits included.
 */
final class BatchPreview {
    private BatchPreview() {
        // static factory only
    }

    /**
     * Runs the dry run.
     *
     * @param rules the rules of the change
     * @param compiler the compiler in use
     * @param guards the safety guards in force
     * @param engine the engine
     * @return the output's {@code batch}
     */
    static @NonNull CompletableFuture<Batch> run(final @NonNull List<Rule> rules, final @NonNull RuleCompiler compiler,
            final @NonNull RuleGuards guards, final @NonNull EngineView engine) {
        final Map<RefusedKey, Refused> refused = new LinkedHashMap<>();
        final List<CompiledRule> compiled = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            final String name = rule.requireName();
            final Compilation compilation = compiler.compile(name, rule);
            final List<String> errors = new ArrayList<>();
            if (compilation instanceof Compilation.Refused refusal) {
                refusal.errors().forEach(error -> errors.add(error.describe()));
            } else if (!Boolean.TRUE.equals(rule.getForce())) {
                guards.check(name, rule).forEach(error -> errors.add(error.describe()));
            }
            if (errors.isEmpty() && compilation instanceof Compilation.Compiled ok) {
                compiled.add(ok.rule());
            } else {
                final Refused entry = new RefusedBuilder().setName(name).setError(new LinkedHashSet<>(errors)).build();
                refused.put(entry.key(), entry);
            }
        }
        return engine.dryRun(compiled).thenApply(outcome -> {
            final Map<OnDeviceKey, OnDevice> devices = new LinkedHashMap<>();
            outcome.forEach((name, dryRun) -> {
                final OnDevice device = device(name, dryRun);
                devices.put(device.key(), device);
            });
            return new BatchBuilder().setRefused(refused.isEmpty() ? null : refused)
                .setOnDevice(devices.isEmpty() ? null : devices).build();
        });
    }

    private static OnDevice device(final String name, final RouterDryRun dryRun) {
        final Map<RuleVerdictKey, RuleVerdict> lines = new LinkedHashMap<>();
        dryRun.verdicts().forEach((rule, line) -> {
            final RuleVerdict entry = verdict(rule, line);
            lines.put(entry.key(), entry);
        });
        return new OnDeviceBuilder().setName(new DeviceRef(name)).setRuleVerdict(lines.isEmpty() ? null : lines)
            .setWithdrawn(dryRun.withdrawn().isEmpty() ? null : new LinkedHashSet<>(dryRun.withdrawn())).build();
    }

    private static RuleVerdict verdict(final String rule, final DeviceStatusLine line) {
        return new RuleVerdictBuilder().setName(rule).setState(line.state()).setReason(line.reason())
            .setReasonCode(ReasonLeaves.code(line.reasons().leading()))
            .setReasonArgument(ReasonLeaves.arguments(line.reasons().leading()))
            .setFurtherReasonCode(ReasonLeaves.furtherCodes(line.reasons()))
            .setEffectiveAction(line.effectiveAction()).build();
    }
}
