/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import io.flowsteer.impl.status.StatusChange.RuleChange;
import io.flowsteer.impl.status.StatusChange.StatusReset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;

/**
 * How the {@link StatusWriter} writes one batch of changes into one transaction: each rule's changes are folded, in
 * queue order, into one {@link RuleDraft}, so that its entry is written once. Rule status ({@code flowspec-status})
 * and router status ({@code device-status}, the controller record) are separate subtrees, so a rule's entry may be
 * written after router changes queued behind it; the end state is the one the changes written one after the other
 * would leave.
 */
final class StatusBatch {
    private StatusBatch() {
        // static only
    }

    /**
     * Writes a batch.
     *
     * @param tx the batch transaction
     * @param changes the changes, in queue order
     * @param entries which entries exist before the batch; updated by it
     */
    static void writeTo(final @NonNull StatusTransaction tx, final @NonNull List<?> changes,
            final @NonNull StatusState entries) {
        final Map<String, RuleDraft> drafts = new LinkedHashMap<>();
        for (Object item : changes) {
            if (item instanceof RuleChange rule) {
                rule.foldInto(drafts.computeIfAbsent(rule.ruleName(), RuleDraft::new), entries);
            } else {
                if (item instanceof StatusReset) {
                    // it deletes every rule's entry, and with it what the drafts so far would write
                    drafts.clear();
                }
                ((StatusChange) item).writeTo(tx, entries);
            }
        }
        drafts.values().forEach(draft -> draft.writeTo(tx));
    }
}
