/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import com.google.common.collect.Lists;
import io.flowsteer.api.order.SortKey;
import io.flowsteer.impl.compile.CompiledRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * All compiled rules in their one installation order: {@link io.flowsteer.api.order.FlowspecOrder}'s order of the
 * NLRIs (draft-ietf-idr-fsv2-ip-basic section 6.3, 6.1; RFC 8955 section 5.1), and by rule name between rules with
 * the same NLRI, so the order never depends on arrival order. Immutable.
 *
 * <p>A change of a few rules costs a merge, not a sort: {@link #with} keeps every other rule where it is and its
 * sort key as it was computed, so one new rule among 10,000 takes a few comparisons and one pass over the order.
 */
public final class RuleOrder {
    /** The order of no rules. */
    public static final RuleOrder EMPTY = new RuleOrder(List.of());

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::key)
        .thenComparing(entry -> entry.rule().name());

    /** The rules in order, each with its sort key. */
    private final List<Keyed> keyed;
    private final List<CompiledRule> rules;

    private RuleOrder(final List<Keyed> ordered) {
        keyed = ordered;
        // copied once here, so that whoever keeps the order (the engine's rule book) need not copy it again
        rules = List.copyOf(Lists.transform(ordered, Keyed::rule));
    }

    /**
     * Orders rules.
     *
     * @param rules the rules, any order, distinct names
     * @return their installation order
     */
    public static @NonNull RuleOrder of(final @NonNull Collection<CompiledRule> rules) {
        return new RuleOrder(sorted(rules));
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
        final Set<String> leaving = new HashSet<>(removed);
        changed.forEach(rule -> leaving.add(rule.name()));
        final List<Keyed> joining = sorted(changed);
        final List<Keyed> merged = new ArrayList<>(keyed.size() + joining.size());
        int next = 0;
        for (Keyed staying : keyed) {
            if (leaving.contains(staying.rule().name())) {
                continue;
            }
            while (next < joining.size() && ORDER.compare(joining.get(next), staying) < 0) {
                merged.add(joining.get(next++));
            }
            merged.add(staying);
        }
        merged.addAll(joining.subList(next, joining.size()));
        return new RuleOrder(merged);
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
     * @return the rules
     */
    public @NonNull List<CompiledRule> rules() {
        return rules;
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
}
