/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.status.RuleEntryNodes.RuleLeaves;
import io.flowsteer.impl.status.RuleEntryNodes.Verdict;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/**
 * What one batch of the {@link StatusWriter} does to one rule's status entry: the rule's changes folded in queue
 * order, so that the batch writes the entry once however many changes it holds. During a bulk write a rule is
 * typically rendered, resolved on its router and given its summary state within one batch; folded, that is one
 * write of the whole entry instead of three.
 *
 * <p>The entry is either replaced whole (the rule was rendered or refused in this batch: whatever the datastore
 * held, per-router verdicts included, gives way), merged into what is stored (only the leaves and per-router
 * verdicts this batch changed, in one merge; a changed verdict's old entry is deleted first, so that none of its
 * leaves linger), or deleted. A later change of the batch overrides an earlier one exactly as the
 * same writes applied one after the other would. The entry is written as datastore nodes ({@link RuleEntryNodes}),
 * not through the binding codec. Used by the writer's thread only.
 */
final class RuleDraft {
    private enum Base {
        /** Leaves and verdicts changed on the stored entry. */
        MERGE,
        /** The entry as this batch rendered or refused it, replacing the stored one. */
        REPLACE,
        /** The entry is gone. */
        DELETE
    }

    private final @NonNull String ruleName;
    private Base base = Base.MERGE;
    private @NonNull RuleLeaves leaves = RuleLeaves.NONE;
    private boolean leavesChanged;
    private @Nullable Instant lastChange;
    /** Per-router verdicts written by this batch, by router. */
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
    /** Per-router verdicts this batch removes from the stored entry (never used when replacing). */
    private final Set<String> verdictsGone = new HashSet<>();

    /**
     * A draft that changes nothing yet.
     *
     * @param ruleName the rule
     */
    RuleDraft(final @NonNull String ruleName) {
        this.ruleName = requireNonNull(ruleName);
    }

    /**
     * The entry is replaced by one holding these leaves and no per-router verdict (the verdicts that follow in the
     * batch are added to it).
     *
     * @param entry the new entry's leaves
     * @param at when the change happened, its {@code last-change}
     */
    void replace(final @NonNull RuleLeaves entry, final @NonNull Instant at) {
        base = Base.REPLACE;
        leaves = requireNonNull(entry);
        leavesChanged = true;
        lastChange = requireNonNull(at);
        verdicts.clear();
        verdictsGone.clear();
    }

    /**
     * The entry is deleted, whatever this batch changed before.
     */
    void delete() {
        base = Base.DELETE;
        leaves = RuleLeaves.NONE;
        leavesChanged = false;
        lastChange = null;
        verdicts.clear();
        verdictsGone.clear();
    }

    /**
     * The rule's summary state.
     *
     * @param state its new state
     * @param at when it was reached
     */
    void state(final @NonNull RuleState state, final @NonNull Instant at) {
        leaves = leaves.withState(requireNonNull(state));
        leavesChanged = true;
        lastChange = requireNonNull(at);
    }

    /**
     * The rule's order key.
     *
     * @param orderKey its new key
     */
    void orderKey(final long orderKey) {
        leaves = leaves.withOrderKey(orderKey);
        leavesChanged = true;
    }

    /**
     * One router's verdict, replacing the one it had.
     *
     * @param verdict the verdict
     */
    void verdict(final @NonNull Verdict verdict) {
        verdictsGone.remove(verdict.device());
        verdicts.put(verdict.device(), verdict);
    }

    /**
     * One router's verdict goes.
     *
     * @param device the router
     */
    void verdictGone(final @NonNull String device) {
        verdicts.remove(device);
        if (base == Base.MERGE) {
            verdictsGone.add(device);
        }
    }

    /**
     * Writes what the batch does to the entry.
     *
     * @param tx the batch transaction
     */
    void writeTo(final @NonNull StatusTransaction tx) {
        final var path = RuleEntryNodes.rulePath(ruleName);
        switch (base) {
            case DELETE -> tx.delete(path);
            // flowspec-status is a container without presence and rule a list: the datastore creates both when
            // the first entry is put, so no parent structure is merged for each entry
            case REPLACE -> tx.put(path, RuleEntryNodes.rule(ruleName, leaves, lastChange, verdicts.values()));
            case MERGE -> {
                for (String device : verdictsGone) {
                    tx.delete(RuleEntryNodes.verdictPath(ruleName, device));
                }
                // a verdict replaces the router's previous one whole: deleted first, its leaves are not merged
                for (String device : verdicts.keySet()) {
                    tx.delete(RuleEntryNodes.verdictPath(ruleName, device));
                }
                if (leavesChanged || !verdicts.isEmpty()) {
                    tx.merge(path, RuleEntryNodes.rule(ruleName, leaves, lastChange, verdicts.values()));
                }
            }
            default -> throw new IllegalStateException("no such base " + base);
        }
    }
}
