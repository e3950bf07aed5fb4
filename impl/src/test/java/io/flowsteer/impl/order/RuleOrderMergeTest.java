/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RuleOrder#with} merges a change into an order; whatever the change, the result is the order a full sort of
 * the rules after it gives.
 */
class RuleOrderMergeTest {
    private static final RuleCompiler COMPILER = new RuleCompiler();

    // few names and few prefixes: rules with the same NLRI are ordered by name, and names come back
    private static final List<String> NAMES = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    private static final List<String> PREFIXES = List.of("192.0.2.0/24", "192.0.2.0/25", "198.51.100.0/24",
        "10.0.0.0/8", "10.1.0.0/16");

    private static CompiledRule rule(final String name, final String prefix) {
        return assertInstanceOf(Compilation.Compiled.class, COMPILER.compile(Rules.dns(name, prefix).build()))
            .rule();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void mergingEachChangeGivesTheOrderOfAFullSort(final long seed) {
        final Random random = new Random(seed);
        final Map<String, CompiledRule> cache = new HashMap<>();
        final Map<String, CompiledRule> current = new HashMap<>();
        RuleOrder order = RuleOrder.EMPTY;
        for (int change = 0; change < 30; change++) {
            // one change: up to five steps, each a rule that gets a destination or leaves
            final Map<String, CompiledRule> changed = new HashMap<>();
            final List<String> removed = new ArrayList<>();
            for (int step = random.nextInt(6); step > 0; step--) {
                final String name = NAMES.get(random.nextInt(NAMES.size()));
                if (random.nextInt(4) == 0) {
                    changed.remove(name);
                    removed.add(name);
                    current.remove(name);
                } else {
                    final String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
                    final CompiledRule rule = cache.computeIfAbsent(name + " " + prefix, key -> rule(name, prefix));
                    removed.remove(name);
                    changed.put(name, rule);
                    current.put(name, rule);
                }
            }
            order = order.with(changed.values(), removed);
            assertEquals(RuleOrder.of(current.values()).rules(), order.rules(), "seed " + seed + ", change " + change);
            for (int i = 0; i < order.rules().size(); i++) {
                assertEquals(i, order.indexOf(order.rules().get(i).name()));
            }
            if (!changed.isEmpty()) {
                final List<CompiledRule> now = order.rules();
                final List<String> placed = Arrays.stream(order.placed()).mapToObj(at -> now.get(at).name()).toList();
                assertEquals(Set.copyOf(changed.keySet()), Set.copyOf(placed), "seed " + seed + ", change " + change);
                assertEquals(changed.size(), placed.size());
            }
        }
    }

    @Test
    void oneNewRuleLandsWhereTheSortPutsItAndNoChangeIsTheSameOrder() {
        final CompiledRule wide = rule("wide", "10.0.0.0/8");
        final CompiledRule narrow = rule("narrow", "10.1.0.0/16");
        final CompiledRule other = rule("other", "198.51.100.0/24");
        final RuleOrder before = RuleOrder.of(List.of(wide, other));
        final RuleOrder after = before.with(List.of(narrow), Set.of());
        assertEquals(RuleOrder.of(List.of(wide, narrow, other)).rules(), after.rules());
        assertSame(after, after.with(List.of(), Set.of()));
        assertEquals(List.of(narrow, other), after.with(List.of(), Set.of("wide", "not-there")).rules());
    }

    @Test
    void aChangeMergedIntoAnOlderOrderIsRightToo() {
        final CompiledRule wide = rule("wide", "10.0.0.0/8");
        final CompiledRule narrow = rule("narrow", "10.1.0.0/16");
        final CompiledRule other = rule("other", "198.51.100.0/24");
        final CompiledRule moved = rule("wide", "203.0.113.0/24");
        final RuleOrder base = RuleOrder.of(List.of(wide, other));
        final RuleOrder newer = base.with(List.of(narrow), Set.of());
        // the older order no longer holds the newest index of its line: it finds its rules without it
        assertEquals(List.of(other), base.with(List.of(), Set.of("wide")).rules());
        assertEquals(RuleOrder.of(List.of(moved, other)).rules(), base.with(List.of(moved), Set.of()).rules());
        // and the newer one still merges with its own
        final RuleOrder newest = newer.with(List.of(moved), Set.of("narrow"));
        assertEquals(RuleOrder.of(List.of(moved, other)).rules(), newest.rules());
        assertEquals(List.of(moved), Arrays.stream(newest.placed()).mapToObj(at -> newest.rules().get(at)).toList());
    }
}
