/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import io.flowsteer.impl.compile.CompiledRule;
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
}
