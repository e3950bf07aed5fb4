/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import io.flowsteer.api.order.SortKey;
import io.flowsteer.impl.compile.CompiledRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;

/**
 * All compiled rules in their one installation order: {@link io.flowsteer.api.order.FlowspecOrder}'s order of the
 * NLRIs (draft-ietf-idr-fsv2-ip-basic section 6.3, 6.1; RFC 8955 section 5.1), and by rule name between rules with
 * the same NLRI, so the order never depends on arrival order. An order never changes.
 *
 * <p>A change of a few rules costs a merge, not a sort: {@link #with} finds the places of the rules that leave and
 * join by binary search, keeps every other rule and its sort key as they were, and copies the stretches between
 * those places whole. So one new rule among 10,000 takes a few dozen comparisons, not one per rule. To find where a
 * leaving rule was, the orders of one line of changes share an index of every rule's sort key by name, which
 * {@link #with} moves on to the order it returns; {@code with} on an older order of the line builds an index anew.
 */
public final class RuleOrder {
    /** The order of no rules. */
    public static final RuleOrder EMPTY = new RuleOrder(List.of(), null, 0, new int[0]);

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::key)
        .thenComparing(entry -> entry.rule().name());

    /** The rules in order, each with its sort key. */
    private final List<Keyed> keyed;
    private final List<CompiledRule> rules;
    /** Every rule's sort key by name, while this is the newest order of its line; null for {@link #EMPTY}. */
    private final @Nullable KeyIndex index;
    private final long version;
    /** Where the rules the change that made this order placed now are, ascending. */
    private final int[] placed;

    private RuleOrder(final List<Keyed> keyed, final @Nullable KeyIndex index, final long version,
            final int[] placed) {
        this.keyed = keyed;
        this.index = index;
        this.version = version;
        this.placed = placed;
        final List<CompiledRule> list = new ArrayList<>(keyed.size());
        keyed.forEach(entry -> list.add(entry.rule()));
        rules = Collections.unmodifiableList(list);
    }

    private RuleOrder(final List<Keyed> keyed, final List<CompiledRule> rules, final KeyIndex index,
            final long version, final int[] placed) {
        this.keyed = keyed;
        this.rules = Collections.unmodifiableList(rules);
        this.index = index;
        this.version = version;
        this.placed = placed;
    }

    /**
     * Orders rules.
     *
     * @param rules the rules, any order, distinct names
     * @return their installation order
     */
    public static @NonNull RuleOrder of(final @NonNull Collection<CompiledRule> rules) {
        final List<Keyed> sorted = sorted(rules);
        final int[] all = new int[sorted.size()];
        Arrays.setAll(all, i -> i);
        return new RuleOrder(sorted, KeyIndex.of(sorted, 0), 0, all);
    }

    /**
     * This order after a change: the rules of {@code changed} take the place of the rules of the same name, or join,
     * and the rules named in {@code removed} leave. The result is the order {@link #of} would give for the rules
     * after the change; only the changed rules are sorted, then merged into the rest.
     *
     * @param changed rules new or changed, distinct names
     * @param removed names of rules that leave; names not in the order are ignored
     * @return the order after the change
     */
    public @NonNull RuleOrder with(final @NonNull Collection<CompiledRule> changed,
            final @NonNull Collection<String> removed) {
        if (changed.isEmpty() && removed.isEmpty()) {
            return this;
        }
        final KeyIndex current = index != null && index.version == version ? index : KeyIndex.of(keyed, version);
        final Set<String> leavingNames = new LinkedHashSet<>(removed);
        changed.forEach(rule -> leavingNames.add(rule.name()));
        final int[] leaving = leavingNames.stream().mapToInt(name -> positionOf(current, name)).filter(at -> at >= 0)
            .sorted().toArray();
        final List<Keyed> joining = sorted(changed);
        final int size = keyed.size() - leaving.length + joining.size();
        final List<Keyed> mergedKeyed = new ArrayList<>(size);
        final List<CompiledRule> mergedRules = new ArrayList<>(size);
        final int[] placedAt = new int[joining.size()];
        int from = 0;
        int nextLeaving = 0;
        for (int j = 0; j <= joining.size(); j++) {
            final int stop = j < joining.size() ? insertionPoint(joining.get(j)) : keyed.size();
            while (nextLeaving < leaving.length && leaving[nextLeaving] < stop) {
                copy(from, leaving[nextLeaving], mergedKeyed, mergedRules);
                from = leaving[nextLeaving++] + 1;
            }
            copy(from, stop, mergedKeyed, mergedRules);
            from = Math.max(from, stop);
            if (j < joining.size()) {
                placedAt[j] = mergedKeyed.size();
                mergedKeyed.add(joining.get(j));
                mergedRules.add(joining.get(j).rule());
            }
        }
        removed.forEach(current.keys::remove);
        joining.forEach(entry -> current.keys.put(entry.rule().name(), entry.key()));
        current.version = version + 1;
        return new RuleOrder(mergedKeyed, mergedRules, current, version + 1, placedAt);
    }

    private void copy(final int from, final int to, final List<Keyed> intoKeyed, final List<CompiledRule> intoRules) {
        if (from < to) {
            intoKeyed.addAll(keyed.subList(from, to));
            intoRules.addAll(rules.subList(from, to));
        }
    }

    /**
     * Where a rule of this order is, found by binary search on its sort key and name.
     *
     * @return its position, or -1 when no rule of that name is in the order
     */
    private int positionOf(final KeyIndex current, final String name) {
        final SortKey key = current.keys.get(name);
        if (key == null) {
            return -1;
        }
        int low = 0;
        int high = keyed.size() - 1;
        while (low <= high) {
            final int mid = low + high >>> 1;
            final Keyed entry = keyed.get(mid);
            int cmp = entry.key().compareTo(key);
            if (cmp == 0) {
                cmp = entry.rule().name().compareTo(name);
            }
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The first position of this order whose rule goes after the joining one.
     */
    private int insertionPoint(final Keyed joining) {
        int low = 0;
        int high = keyed.size();
        while (low < high) {
            final int mid = low + high >>> 1;
            if (ORDER.compare(keyed.get(mid), joining) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<Keyed> sorted(final Collection<CompiledRule> rules) {
        final List<Keyed> keyed = new ArrayList<>(rules.size());
        for (CompiledRule rule : rules) {
            keyed.add(new Keyed(SortKey.of(rule.nlri()), rule));
        }
        keyed.sort(ORDER);
        return keyed;
    }

    /**
     * The rules, first installed first.
     *
     * @return the rules, an unmodifiable list that never changes
     */
    public @NonNull List<CompiledRule> rules() {
        return rules;
    }

    /**
     * Where the rules placed by the change that made this order are now: every rule of {@link #with}'s
     * {@code changed}, or every rule for an order made by {@link #of}.
     *
     * @return their positions, ascending
     */
    public int @NonNull [] placed() {
        return placed.clone();
    }

    /**
     * A rule's 0-based position, found by a scan: one new rule's place is asked for once, so no index by name is
     * kept for every new order.
     *
     * @param name the rule
     * @return its index, or -1 if the rule is not in the order
     */
    public int indexOf(final @NonNull String name) {
        for (int i = 0; i < keyed.size(); i++) {
            if (keyed.get(i).rule().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private record Keyed(SortKey key, CompiledRule rule) {
    }

    /**
     * Every rule's sort key by name, for the newest order of a line of changes.
     */
    private static final class KeyIndex {
        final Map<String, SortKey> keys;
        /** The version of the order it indexes. */
        long version;

        private KeyIndex(final Map<String, SortKey> keys, final long version) {
            this.keys = keys;
            this.version = version;
        }

        static KeyIndex of(final List<Keyed> keyed, final long version) {
            final Map<String, SortKey> keys = new HashMap<>(keyed.size() * 4 / 3 + 1);
            keyed.forEach(entry -> keys.put(entry.rule().name(), entry.key()));
            return new KeyIndex(keys, version);
        }
    }
}
