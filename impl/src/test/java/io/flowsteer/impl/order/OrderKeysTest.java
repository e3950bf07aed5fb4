/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Order keys rise along the installation order, and a rule placed among others changes no other rule's key unless
 * there is no room left around it.
 */
class OrderKeysTest {
    private final OrderKeys keys = new OrderKeys();

    @Test
    void aFirstOrderIsSpacedEvenly() {
        assertEquals(Map.of(), keys.assign(List.of("a", "b", "c"), Set.of("a", "b", "c"), Set.of()));
        assertEquals(List.of(OrderKeys.SPACING, 2 * OrderKeys.SPACING, 3 * OrderKeys.SPACING),
            keysOf(List.of("a", "b", "c")));
    }

    @Test
    void aRulePlacedBetweenTwoTakesTheMiddleOfTheirRoomAndNoOtherKeyChanges() {
        keys.assign(List.of("a", "b", "c"), Set.of("a", "b", "c"), Set.of());
        assertEquals(Map.of(), keys.assign(List.of("a", "x", "b", "c"), Set.of("x"), Set.of()));
        assertEquals(List.of(OrderKeys.SPACING, OrderKeys.SPACING * 3 / 2, 2 * OrderKeys.SPACING,
            3 * OrderKeys.SPACING), keysOf(List.of("a", "x", "b", "c")));
    }

    @Test
    void rulesAppendedAndPrependedTakeKeysOutsideTheOthers() {
        keys.assign(List.of("b", "c"), Set.of("b", "c"), Set.of());
        assertEquals(Map.of(), keys.assign(List.of("a", "b", "c", "d"), Set.of("a", "d"), Set.of()));
        assertEquals(List.of(OrderKeys.SPACING / 2, OrderKeys.SPACING, 2 * OrderKeys.SPACING,
            3 * OrderKeys.SPACING), keysOf(List.of("a", "b", "c", "d")));
    }

    @Test
    void removingRulesChangesNoOtherKey() {
        keys.assign(List.of("a", "b", "c"), Set.of("a", "b", "c"), Set.of());
        assertEquals(Map.of(), keys.assign(List.of("a", "c"), Set.of(), Set.of("b")));
        assertEquals(List.of(OrderKeys.SPACING, 3 * OrderKeys.SPACING), keysOf(List.of("a", "c")));
        assertEquals(-1, keys.keyOf("b"));
    }

    @Test
    void aChangedRuleThatMovesTakesAKeyAtItsNewPlace() {
        keys.assign(List.of("a", "b", "c"), Set.of("a", "b", "c"), Set.of());
        assertEquals(Map.of(), keys.assign(List.of("c", "a", "b"), Set.of("c"), Set.of()));
        final List<Long> after = keysOf(List.of("c", "a", "b"));
        assertRising(after);
        assertEquals(List.of(OrderKeys.SPACING, 2 * OrderKeys.SPACING), after.subList(1, 3));
    }

    @Test
    void rulesInsertedAtOnePlaceAgainAndAgainMoveAFewNeighboursNowAndThen() {
        final List<String> order = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            order.add("old-" + i);
        }
        keys.assign(order, Set.copyOf(order), Set.of());
        // each new rule right behind the one before it, all in front of old-50: the room there halves each time
        int moves = 0;
        for (int i = 0; i < 10_000; i++) {
            final String name = "new-" + i;
            order.add(50 + i, name);
            final Map<String, Long> moved = keys.assign(order, Set.of(name), Set.of());
            moves += moved.size();
            assertTrue(moved.size() < order.size(), "insert " + i + " moved every rule");
        }
        assertRising(keysOf(order));
        // under one neighbour per insert; a dense index would have moved 50 rules on every one, 500,000 in all
        assertTrue(moves < 10_000, "moves: " + moves);
    }

    @Test
    void keysRiseAlongTheOrderAndOnlyRulesNotPlacedAnewAreReportedMoved() {
        final Random random = new Random(7);
        final List<String> order = new ArrayList<>();
        final Map<String, Long> known = new HashMap<>();
        int moves = 0;
        for (int step = 0; step < 5_000; step++) {
            final Set<String> placed;
            Set<String> gone = Set.of();
            final int action = random.nextInt(10);
            if (action < 6 || order.isEmpty()) {
                final String name = "r" + step;
                order.add(random.nextInt(order.size() + 1), name);
                placed = Set.of(name);
            } else if (action < 8) {
                final String name = order.remove(random.nextInt(order.size()));
                known.remove(name);
                gone = Set.of(name);
                placed = Set.of();
            } else {
                // a changed rule: it leaves its place and takes another
                final String name = order.remove(random.nextInt(order.size()));
                order.add(random.nextInt(order.size() + 1), name);
                placed = Set.of(name);
            }
            final Map<String, Long> moved = keys.assign(order, placed, gone);
            moves += moved.size();
            for (String name : order) {
                final Long before = known.get(name);
                final long now = keys.keyOf(name);
                if (placed.contains(name) || before == null || before == now) {
                    assertTrue(!moved.containsKey(name), name + " reported moved");
                } else {
                    assertEquals(now, moved.get(name), name + " not reported moved");
                }
                known.put(name, now);
            }
            gone.forEach(name -> assertEquals(-1, keys.keyOf(name), name + " kept its key"));
            assertRising(keysOf(order));
        }
        // one for every other change at most; a dense index would move a third of the rules on each (millions)
        assertTrue(moves < 2_500, "moves: " + moves);
    }

    private List<Long> keysOf(final List<String> order) {
        return order.stream().map(keys::keyOf).toList();
    }

    private static void assertRising(final List<Long> keysInOrder) {
        for (int i = 0; i < keysInOrder.size(); i++) {
            assertTrue(keysInOrder.get(i) > (i == 0 ? 0 : keysInOrder.get(i - 1)),
                "key " + i + " of " + keysInOrder.size() + " does not rise: " + keysInOrder.get(i));
        }
    }
}
