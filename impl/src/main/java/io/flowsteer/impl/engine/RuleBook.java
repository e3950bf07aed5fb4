/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.Fsv2Nlri;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.order.RuleOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;

/**
 * The engine's rules: all of them in installation order, and what changed among them since the last pass, so that
 * a pass in which only rules changed resolves only what they affect. Owned by the engine's thread.
 */
final class RuleBook {
    /** A change of more than one rule in this many is resolved by a scan of the order rather than sorted. */
    private static final int SCAN_FRACTION = 8;

    private List<CompiledRule> ordered = List.of();
    /** Every rule of the order by name. */
    private final Map<String, CompiledRule> byName = new HashMap<>();
    private final Map<String, Long> chains = new HashMap<>();
    private final SharedMatches sharedMatches = new SharedMatches();
    /** Rules whose status entry was rewritten whole since the last pass. */
    private final Set<String> rewritten = new HashSet<>();
    private final Set<String> deleted = new HashSet<>();
    private final Set<Long> deletedChains = new HashSet<>();
    /** When each rule was first accepted, as an increasing number: the order in which rules take a router's places. */
    private final Map<String, Long> accepted = new HashMap<>();
    private long nextAccepted;
    /** The stored rules were read: an order came, empty or not. */
    private boolean storedRead;

    /**
     * What a pass in which only rules changed resolves again on each router: those rules, the members of their
     * Dependent Filters Chains (draft-ietf-idr-fsv2-ip-basic section 3.1) and the rules sharing a match with them.
     * A rule's verdict depends on the router, the rule itself, its chain and the rules with its match, never on
     * other rules.
     *
     * @param rules the changed rules
     * @param chains the chains touched
     * @param matches the shared matches touched
     */
    record Scope(@NonNull Set<String> rules, @NonNull Set<Long> chains, @NonNull Set<FlowspecNlri> matches) {
        boolean covers(final @NonNull CompiledRule rule) {
            return rules.contains(rule.name()) || !chains.isEmpty() && chains.contains(chainOf(rule))
                || !matches.isEmpty() && matches.contains(rule.nlri());
        }
    }

    /**
     * A new order, the changed rules found by a scan of it: for tests and callers that know only their names.
     *
     * @param rules every rule, in order
     * @param changed the rules created or changed, whose status entry was rewritten whole
     * @param removed the rules deleted
     */
    void order(final @NonNull List<CompiledRule> rules, final @NonNull Set<String> changed,
            final @NonNull Set<String> removed) {
        order(List.copyOf(rules), rules.stream().filter(rule -> changed.contains(rule.name())).toList(), removed);
    }

    /**
     * A new order. Its cost grows with the change, not with the rules: only the changed and removed rules are looked
     * at.
     *
     * @param rules every rule, in order; a list that never changes, kept as it is
     * @param changed the rules created or changed, whose status entry was rewritten whole, in installation order
     * @param removed the rules deleted
     */
    void order(final @NonNull List<CompiledRule> rules, final @NonNull List<CompiledRule> changed,
            final @NonNull Set<String> removed) {
        for (String name : removed) {
            // Members of a removed rule's chain may have been taken down by it: they are resolved again.
            final Long chain = chains.remove(name);
            if (chain != null) {
                deletedChains.add(chain);
            }
            sharedMatches.remove(name);
            accepted.remove(name);
            byName.remove(name);
        }
        ordered = rules;
        storedRead = true;
        for (CompiledRule rule : changed) {
            // a rule enters the order only as a changed rule; rules accepted together (e.g. all stored rules at
            // start) are numbered in installation order
            if (!accepted.containsKey(rule.name())) {
                accepted.put(rule.name(), nextAccepted++);
            }
            chains.put(rule.name(), chainOf(rule));
            sharedMatches.put(rule.name(), rule.nlri());
            byName.put(rule.name(), rule);
            rewritten.add(rule.name());
        }
        rewritten.removeAll(removed);
        deleted.addAll(removed);
    }

    /**
     * Whether the stored rules were read. Until they are, a router's Adj-RIB-Out would be empty only because the
     * engine has not seen the rules yet, and must not be handed to the speaker.
     *
     * @return true once an order came
     */
    boolean storedRead() {
        return storedRead;
    }

    @NonNull List<CompiledRule> ordered() {
        return ordered;
    }

    /**
     * When a rule was first accepted (issue 15 item 7, the order in which rules take a router's places): a number
     * that grows with every new rule and stays with the rule while it is changed. Rules that arrive together, such
     * as every stored rule when the controller starts, are numbered in installation order.
     *
     * @param rule the rule's name
     * @return its number; {@link Long#MAX_VALUE} for a rule not in the book
     */
    long acceptedAt(final @NonNull String rule) {
        return accepted.getOrDefault(rule, Long.MAX_VALUE);
    }

    boolean contains(final @NonNull String rule) {
        // every rule in the order has its number, and only those
        return accepted.containsKey(rule);
    }

    /**
     * The rules whose status entry was rewritten whole since the last pass.
     *
     * @return the names, live until {@link #passed()}
     */
    @NonNull Set<String> rewritten() {
        return rewritten;
    }

    /**
     * The rules deleted since the last pass.
     *
     * @return the names, live until {@link #passed()}
     */
    @NonNull Set<String> deleted() {
        return deleted;
    }

    /**
     * What changed among the rules since the last pass; empty rules when none did.
     *
     * @return the scope
     */
    @NonNull Scope changes() {
        final Set<String> changedRules = new HashSet<>(rewritten);
        changedRules.addAll(deleted);
        final Set<Long> touchedChains = new HashSet<>(deletedChains);
        for (String rule : rewritten) {
            final Long chain = chains.get(rule);
            if (chain != null) {
                touchedChains.add(chain);
            }
        }
        touchedChains.remove(0L);
        return new Scope(changedRules, touchedChains, Set.copyOf(sharedMatches.touched()));
    }

    /**
     * A pass handled every change so far.
     */
    void passed() {
        sharedMatches.clearTouched();
        rewritten.clear();
        deleted.clear();
        deletedChains.clear();
    }

    /**
     * The rules a pass of a scope resolves on a router: those of the scope that target it, in installation order.
     * Its cost grows with the change, not with the rules, when the scope names a few rules and no chain or shared
     * match (the common case: rules written or deleted); otherwise the rules targeting the router are scanned.
     *
     * @param scope what changed
     * @param name the router
     * @param device its configuration
     * @param targeted the rules of the order targeting the router, when the caller listed them already
     * @return the rules, in order
     */
    @NonNull List<CompiledRule> covered(final @NonNull Scope scope, final @NonNull String name,
            final @NonNull Device device, final @Nullable List<CompiledRule> targeted) {
        if (!scope.chains().isEmpty() || !scope.matches().isEmpty()
                || scope.rules().size() > ordered.size() / SCAN_FRACTION) {
            final List<CompiledRule> scanned = targeted != null ? targeted : targeted(name, device, ordered);
            return scanned.stream().filter(scope::covers).toList();
        }
        final List<CompiledRule> named = new ArrayList<>(scope.rules().size());
        for (String rule : scope.rules()) {
            final CompiledRule compiled = byName.get(rule);
            if (compiled != null) {
                named.add(compiled);
            }
        }
        return targeted(name, device, RuleOrder.of(named).rules());
    }

    /**
     * The rules of an order that target a router.
     *
     * @param name the router
     * @param device its configuration
     * @param rules rules in order
     * @return those targeting it, in order
     */
    static @NonNull List<CompiledRule> targeted(final @NonNull String name, final @NonNull Device device,
            final @NonNull List<CompiledRule> rules) {
        final Set<String> groups = device.getGroup() == null ? Set.of() : device.getGroup();
        final boolean hasBgp = device.getBgp() != null;
        final List<CompiledRule> out = new ArrayList<>();
        for (CompiledRule rule : rules) {
            if (rule.target().includes(name, groups, hasBgp)) {
                out.add(rule);
            }
        }
        return out;
    }

    static long chainOf(final @Nullable CompiledRule rule) {
        return rule != null && rule.nlri() instanceof Fsv2Nlri fsv2 ? fsv2.dependentFiltersChain() : 0;
    }
}
