/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.guard;

import static java.util.Objects.requireNonNull;

import io.flowsteer.impl.compile.RuleError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.flowspec.Rule;

/**
 * Holds the stored rules against a change that tightens the guards (issue 15 items 5 and 6): new guards settings,
 * or a router whose own addresses become protected. A stored rule without {@code force} that the guards as they
 * would be refuse makes the change refused, so that no rule stands past a guard it was never forced through. The
 * operator forces or changes the rule first, then makes the change.
 */
public final class GuardRecheck {
    private static final int NAMED = 5;

    private final @NonNull CurrentGuards guards;
    private final @NonNull StoredRules rules;

    /**
     * The check.
     *
     * @param guards the guards in force
     * @param rules the stored rules
     */
    public GuardRecheck(final @NonNull CurrentGuards guards, final @NonNull StoredRules rules) {
        this.guards = requireNonNull(guards);
        this.rules = requireNonNull(rules);
    }

    /**
     * What a change of the {@code guards} container would leave wrong.
     *
     * @param settings the settings as they would be
     * @return one sentence per stored rule the new guards refuse (at most a few, then how many more), each naming
     *     the rule, its field and what to do; empty when none
     */
    public @NonNull List<String> ofSettings(final @NonNull GuardSettings settings) {
        final RuleGuards next = guards.with(settings);
        return problems(next::check, "guards: stored rule ", " has no force and the guards as changed would refuse"
            + " it: ", "; set force to true on the rule or change it before changing the guards");
    }

    /**
     * What a change of a router would leave wrong: its own addresses become protected prefixes, and a stored rule
     * discards or redirects their traffic.
     *
     * @param name the router
     * @param device its configuration as it would be
     * @return one sentence per stored rule caught, naming the router, the rule and what to do; empty when none
     */
    public @NonNull List<String> ofDevice(final @NonNull String name, final @NonNull Device device) {
        final List<ProtectedPrefix> added = guards.newlyProtected(name, device);
        if (added.isEmpty()) {
            return List.of();
        }
        final RuleGuards only = new RuleGuards(added, 0, 0);
        return problems(only::checkProtected, "device '" + name + "': its own addresses are protected prefixes,"
            + " and stored rule ", " has no force: ", "; set force to true on the rule or change it before adding"
            + " this address (or set guards/protect-router-addresses to false)");
    }

    private List<String> problems(final BiFunction<String, Rule, List<RuleError>> check, final String before,
            final String between, final String after) {
        final List<String> problems = new ArrayList<>();
        int more = 0;
        for (Rule rule : rules.unforced()) {
            final String name = rule.requireName();
            for (RuleError finding : check.apply(name, rule)) {
                if (problems.size() < NAMED) {
                    problems.add(before + name + between + finding.field() + " "
                        + finding.message().replace(RuleGuards.OVERRIDE, "") + after);
                } else {
                    more++;
                }
            }
        }
        if (more > 0) {
            problems.add(more + " more finding" + (more == 1 ? "" : "s") + " on other stored rules");
        }
        return problems;
    }
}
