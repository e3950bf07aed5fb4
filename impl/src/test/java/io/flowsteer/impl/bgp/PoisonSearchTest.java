/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The halving search finds the refused routes of a simulated peer within the promised number of resets.
 */
class PoisonSearchTest {
    /**
     * Plays a peer that resets whenever one of the poison keys is sent, until the search is done.
     *
     * @return the resets, the one that started the search included
     */
    private static int run(final int routes, final Set<Integer> poison) {
        final List<Integer> all = IntStream.range(0, routes).boxed().toList();
        final PoisonSearch<Integer, String> search = new PoisonSearch<>(List.of(), all, "first reset", true);
        int rounds = 0;
        while (!search.done()) {
            assertTrue(++rounds < 10 * routes, "the search ends");
            final boolean sentPoison = all.stream().filter(search::allows).anyMatch(poison::contains);
            if (sentPoison) {
                assertTrue(search.refused("reset " + search.resets(), true));
            } else {
                search.survived();
            }
        }
        assertEquals(poison, search.found().keySet());
        return search.resets();
    }

    @Test
    void oneRefusedRouteAmongAThousandTakesAtMostLog2PlusTwoResets() {
        final double bound = Math.log(1000) / Math.log(2) + 2;
        for (int poison : List.of(0, 1, 499, 500, 998, 999, 314)) {
            final int resets = run(1000, Set.of(poison));
            assertTrue(resets <= bound, "route " + poison + ": " + resets + " resets");
        }
    }

    @Test
    void everyPositionIsFoundInASmallSet() {
        for (int poison = 0; poison < 21; poison++) {
            assertTrue(run(21, Set.of(poison)) <= Math.log(21) / Math.log(2) + 2);
        }
    }

    @Test
    void severalRefusedRoutesAreAllFound() {
        run(100, Set.of(3, 50, 51, 97));
        run(8, Set.of(0, 1, 2, 3, 4, 5, 6, 7));
    }

    @Test
    void aSingleSuspectIsRefusedWithoutAnotherReset() {
        final PoisonSearch<String, String> search = new PoisonSearch<>(List.of("good"), List.of("good", "bad"),
            "3/9", true);
        assertTrue(search.done());
        assertEquals(Map.of("bad", "3/9"), search.found());
        assertTrue(search.allows("good"));
        assertFalse(search.allows("bad"));
    }

    @Test
    void routesAddedWhileSearchingWaitAndAreSentAfterwards() {
        final List<Integer> first = List.of(1, 2, 3, 4);
        final PoisonSearch<Integer, String> search = new PoisonSearch<>(List.of(), first, "reset", true);
        final List<Integer> wanted = new ArrayList<>(first);
        wanted.add(5);
        search.wanted(wanted);
        assertFalse(search.allows(5), "held back while searching");
        assertEquals(3, search.heldBack().size(), "the other half and the new route");
        // probe {1, 2} survives, so {3, 4} holds the refused route; probe {3} resets: 3 is the one
        search.survived();
        assertTrue(search.refused("reset", true));
        assertEquals(Set.of(3), search.found().keySet());
        // then 4, which waited, and 5 go together, and the search ends
        assertTrue(search.allows(4) && search.allows(5));
        assertFalse(search.allows(3));
        search.survived();
        assertTrue(search.done());
        assertEquals(Set.of(3), search.found().keySet());
    }

    @Test
    void routesThatWaitCanStopBeingWanted() {
        final PoisonSearch<Integer, String> search = new PoisonSearch<>(List.of(), List.of(1, 2, 3, 4), "reset",
            true);
        // probe {1, 2} resets: {3, 4} waits untested
        assertTrue(search.refused("reset", true));
        search.wanted(List.of(1, 2, 3));
        assertEquals(List.of(), search.heldBack().stream().filter(key -> key == 4).toList());
        search.survived();
        assertEquals(Set.of(2), search.found().keySet(), "{1} survived, so 2 is the refused one");
        assertTrue(search.allows(3));
        search.survived();
        assertTrue(search.done());
    }

    @Test
    void aCloseThatRefusesNothingEndsTheSearchWithNothingFound() {
        // the peer closed the connection (a restart, say) right after four routes were sent
        final PoisonSearch<Integer, String> search = new PoisonSearch<>(List.of(), List.of(1, 2, 3, 4), "closed",
            false);
        while (!search.done()) {
            search.survived();
        }
        assertEquals(Map.of(), search.found(), "the last suspect went out alone and was accepted");
    }

    @Test
    void afterACloseTheRefusedRouteIsFoundOnlyByAResetOnItAlone() {
        final PoisonSearch<Integer, String> search = new PoisonSearch<>(List.of(), List.of(1, 2), "closed", false);
        // probe {1} survives; {2} is not refused by deduction but sent alone
        search.survived();
        assertEquals(Map.of(), search.found());
        assertTrue(search.allows(2));
        assertTrue(search.refused("closed again", false));
        assertEquals(Map.of(2, "closed again"), search.found());
        assertTrue(search.done());
    }

    @Test
    void aSuspectNoLongerWantedMakesTheOthersUntestedAgain() {
        final PoisonSearch<Integer, String> search = new PoisonSearch<>(List.of(), List.of(1, 2, 3, 4), "reset",
            true);
        search.wanted(List.of(1, 2, 3));
        assertTrue(search.allows(1) && search.allows(2) && search.allows(3), "tested together again");
        search.survived();
        assertTrue(search.done());
        assertEquals(Map.of(), search.found());
    }
}
