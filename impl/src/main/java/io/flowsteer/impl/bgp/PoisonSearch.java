/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;

/**
 * The search for the routes a peer refuses, by halving: a peer that answers an UPDATE it cannot take with a
 * NOTIFICATION (RFC 4271 section 6.3, RFC 7606 section 2 leaves "session reset" to the errors it cannot treat as
 * withdraw) resets the whole session, so the routes sent before the reset are <em>suspects</em>, at least one of
 * them refused. Each round sends the routes already accepted ({@link #cleared}) and one half of the suspects (the
 * <em>probe</em>). A probe the peer survives is accepted and the other half holds the refused route; a probe the
 * peer resets on holds it, and the other half waits, untested. One suspect left is the refused route. Then the
 * routes that waited are sent together, and searched the same way should the peer reset again. A reset that does
 * not prove a refusal (the peer closed the connection, which a restart does too) makes the last suspect go out
 * alone before it counts as refused.
 *
 * <p>With one refused route among n suspects the peer resets at most ceil(log2 n) times after the reset that
 * started the search. Keys the caller adds while searching wait with the untested routes. No I/O, no clock:
 * the caller says what happened.
 *
 * @param <K> the key of a route, its NLRI and attributes, so that a changed route is another key
 * @param <E> what a reset says about the refusal, e.g. the peer's NOTIFICATION
 */
final class PoisonSearch<K, E> {
    private final Set<K> cleared = new LinkedHashSet<>();
    private final Deque<List<K>> untested = new ArrayDeque<>();
    private final Map<K, E> found = new LinkedHashMap<>();
    private final int resetBudget;
    private List<K> suspects;
    private E evidence;
    private boolean certain;
    private List<K> probe = List.of();
    private List<K> rest = List.of();
    private int resets = 1;

    /**
     * A search started by a reset.
     *
     * @param accepted routes the peer accepted before, in this session or earlier ones
     * @param suspects the routes sent that the peer did not accept yet, at least one of them refused
     * @param evidence what the reset said
     * @param certain whether the reset proves that a suspect was refused (an UPDATE Message Error does; a closed
     *     connection may be a restart), so that the last suspect left is refused without sending it alone
     */
    PoisonSearch(final @NonNull Collection<K> accepted, final @NonNull Collection<K> suspects,
            final @NonNull E evidence, final boolean certain) {
        this.certain = certain;
        cleared.addAll(accepted);
        this.suspects = new ArrayList<>(new LinkedHashSet<>(suspects));
        this.suspects.removeAll(cleared);
        this.evidence = requireNonNull(evidence);
        resetBudget = log2(this.suspects.size()) + 2;
        nextProbe();
    }

    /**
     * Whether a route may be sent now: it was accepted or it is in the probe.
     *
     * @param key the route
     * @return true when it may be sent
     */
    boolean allows(final @NonNull K key) {
        return cleared.contains(key) || probe.contains(key);
    }

    /**
     * The routes wanted now: keys not seen yet wait with the untested routes; keys no longer wanted are forgotten.
     * Forgetting a suspect loses the certainty that the suspects hold a refused route, so they are untested again.
     *
     * @param wanted every route wanted for the peer
     */
    void wanted(final @NonNull Collection<K> wanted) {
        final Set<K> keep = new HashSet<>(wanted);
        cleared.retainAll(keep);
        found.keySet().retainAll(keep);
        final List<K> fresh = new ArrayList<>();
        final Set<K> known = new HashSet<>(cleared);
        known.addAll(found.keySet());
        known.addAll(probe);
        known.addAll(rest);
        known.addAll(suspects);
        untested.forEach(known::addAll);
        for (K key : wanted) {
            if (!known.contains(key)) {
                fresh.add(key);
            }
        }
        untested.forEach(group -> group.retainAll(keep));
        untested.removeIf(List::isEmpty);
        if (!keep.containsAll(probe) || !keep.containsAll(rest)) {
            final List<K> doubt = new ArrayList<>(probe);
            doubt.addAll(rest);
            doubt.retainAll(keep);
            suspects = List.of();
            probe = List.of();
            rest = List.of();
            if (!doubt.isEmpty()) {
                untested.addFirst(doubt);
            }
        }
        if (!fresh.isEmpty()) {
            untested.addLast(fresh);
        }
        if (probe.isEmpty()) {
            nextProbe();
        }
    }

    /**
     * The peer kept the session long enough after the probe was sent: the probe is accepted.
     */
    void survived() {
        cleared.addAll(probe);
        probe = List.of();
        suspects = rest;
        rest = List.of();
        nextProbe();
    }

    /**
     * The peer reset the session while the probe was sent.
     *
     * @param why what the reset said
     * @param proof whether the reset proves a refusal (see the constructor); a reset on one route alone does
     * @return false when nothing was being probed, so that the reset tells nothing about the routes
     */
    boolean refused(final @NonNull E why, final boolean proof) {
        resets++;
        if (probe.isEmpty()) {
            return false;
        }
        evidence = requireNonNull(why);
        certain = proof || probe.size() == 1;
        suspects = probe;
        if (!rest.isEmpty()) {
            // a list of its own: wanted() trims the waiting groups in place
            untested.addFirst(new ArrayList<>(rest));
        }
        probe = List.of();
        rest = List.of();
        nextProbe();
        return true;
    }

    private void nextProbe() {
        if (suspects.size() == 1 && certain) {
            // the suspects hold a refused route, and this is the only one left
            found.put(suspects.get(0), evidence);
            suspects = List.of();
        } else if (suspects.size() == 1) {
            // a close proves nothing by itself: the last suspect is sent alone
            probe = List.copyOf(suspects);
            rest = List.of();
            return;
        }
        if (!suspects.isEmpty()) {
            final int half = suspects.size() / 2;
            probe = List.copyOf(suspects.subList(0, half));
            rest = List.copyOf(suspects.subList(half, suspects.size()));
            return;
        }
        // the routes that waited go together: with luck the peer takes them all
        final List<K> all = new ArrayList<>();
        untested.forEach(all::addAll);
        untested.clear();
        probe = List.copyOf(all);
        rest = List.of();
    }

    /**
     * Whether the search is over: nothing left to probe.
     *
     * @return true when every route is accepted or found refused
     */
    boolean done() {
        return probe.isEmpty();
    }

    /**
     * The routes found refused, each with what the reset that proved it said.
     *
     * @return the refused routes, in the order they were found
     */
    @NonNull Map<K, E> found() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(found));
    }

    /**
     * The routes held back now: wanted, neither accepted nor refused nor in the probe.
     *
     * @return the routes
     */
    @NonNull List<K> heldBack() {
        final List<K> out = new ArrayList<>(rest);
        untested.forEach(out::addAll);
        return out;
    }

    /**
     * Resets the peer made during the search, the one that started it included.
     *
     * @return the count
     */
    int resets() {
        return resets;
    }

    /**
     * Whether the resets so far stay within floor(log2 n) + 2 for the n routes first suspected: beyond that the
     * peer refuses more than one route and the caller should back off between attempts as after any failure.
     *
     * @return true while within the budget
     */
    boolean withinBudget() {
        return resets <= resetBudget;
    }

    private static int log2(final int count) {
        return count <= 1 ? 0 : 31 - Integer.numberOfLeadingZeros(count);
    }
}
