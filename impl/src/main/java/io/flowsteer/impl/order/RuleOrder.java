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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;

/**
 * All compiled rules in their one installation order: {@link io.flowsteer.api.order.FlowspecOrder}'s order of the
 * NLRIs (draft-ietf-idr-fsv2-ip-basic section 6.3, 6.1; RFC 8955 section 5.1), and by rule name between rules with
 * the same NLRI, so the order never depends on arrival order. Immutable.
 */
public final class RuleOrder {
    /** The order of no rules. */
    public static final RuleOrder EMPTY = new RuleOrder(List.of());

    private final List<CompiledRule> rules;
    private final Map<String, Integer> indexByName;

    private RuleOrder(final List<CompiledRule> ordered) {
        rules = List.copyOf(ordered);
        final Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).name(), i);
        }
        indexByName = Map.copyOf(index);
    }

    /**
     * Orders rules.
     *
     * @param rules the rules, any order, distinct names
     * @return their installation order
     */
    public static @NonNull RuleOrder of(final @NonNull Collection<CompiledRule> rules) {
        final List<Keyed> keyed = new ArrayList<>(rules.size());
        for (CompiledRule rule : rules) {
            keyed.add(new Keyed(SortKey.of(rule.nlri()), rule));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(entry -> entry.rule().name()));
        return new RuleOrder(keyed.stream().map(Keyed::rule).toList());
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
     * A rule's 0-based position.
     *
     * @param name the rule
     * @return its index, or -1 if the rule is not in the order
     */
    public int indexOf(final @NonNull String name) {
        final Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    private record Keyed(SortKey key, CompiledRule rule) {
    }
}
