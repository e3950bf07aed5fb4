/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.RouterResolution;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.jdt.annotation.NonNull;

/**
 * What the console and the RPCs may ask of the engine; published as an OSGi service.
 */
public interface EngineView {
    /**
     * What the engine knew after its last pass.
     *
     * @return an immutable snapshot
     */
    @NonNull EngineSnapshot snapshot();

    /**
     * Runs a task on the engine's thread once the changes queued so far have been resolved.
     *
     * @param <T> the result type
     * @param task the task
     * @return its result
     */
    <T> @NonNull CompletableFuture<T> afterPendingWork(@NonNull Function<EngineSnapshot, T> task);

    /**
     * Resolves rules that are not (all) configured on every router they target, writing and sending nothing.
     *
     * @param extra rules to resolve with the configured ones, replacing those of the same name
     * @return per router, its resolution
     */
    @NonNull CompletableFuture<Map<String, RouterResolution>> preview(@NonNull List<CompiledRule> extra);

    /**
     * A dry run of a bulk change: resolves the rules as if they were configured together, replacing those of the
     * same name, router limits included, writing and sending nothing.
     *
     * @param batch the rules of the change
     * @return per router the change touches, what it would do there
     */
    @NonNull CompletableFuture<Map<String, RouterDryRun>> dryRun(@NonNull List<CompiledRule> batch);

    /**
     * Re-resolves a router from scratch and rewrites all of its status.
     *
     * @param device the router
     * @return what was done
     */
    @NonNull CompletableFuture<String> resync(@NonNull String device);
}
