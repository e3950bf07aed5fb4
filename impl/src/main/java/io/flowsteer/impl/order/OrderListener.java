/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.status.StatusHold;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Told about every new installation order, after the {@link RuleOrderKeeper} queued the rules' encodings.
 */
@FunctionalInterface
public interface OrderListener {
    /**
     * The order changed.
     *
     * @param ordered every compiled rule, in installation order; a list that never changes, so it is kept as it is
     * @param changed rules that are new or whose content changed (their status entries were rewritten whole), in
     *     installation order
     * @param removed rules that are gone
     */
    void onOrder(@NonNull List<CompiledRule> ordered, @NonNull List<CompiledRule> changed,
        @NonNull Set<String> removed);

    /**
     * The order changed, and the status writer holds its next commit for the status this listener queues in
     * answer, so that a changed rule's entry is written once with its rendering and its verdicts. The listener
     * releases the hold once it has queued that status; a listener that queues none, as by default, releases it
     * at once.
     *
     * @param ordered every compiled rule, in installation order; a list that never changes, so it is kept as it is
     * @param changed rules that are new or whose content changed (their status entries were rewritten whole), in
     *     installation order
     * @param removed rules that are gone
     * @param hold the status writer's hold, released by the listener
     */
    default void onOrder(final @NonNull List<CompiledRule> ordered, final @NonNull List<CompiledRule> changed,
            final @NonNull Set<String> removed, final @NonNull StatusHold hold) {
        hold.release();
        onOrder(ordered, changed, removed);
    }
}
