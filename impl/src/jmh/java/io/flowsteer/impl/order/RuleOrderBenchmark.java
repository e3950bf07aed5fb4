/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.order;

import com.google.common.collect.Lists;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one new rule costs the installation order when {@code installed} rules are in it: merged in and taken out
 * again ({@link RuleOrder#with} twice, what the order keeper does on each change), the same with the rules' order keys
 * given ({@link OrderKeys}), against all of them sorted again ({@link RuleOrder#of}, what it did at first). The new
 * rule is a /32 inside the /30 of a rule in the middle of the order, as in the one-rule end-to-end benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleOrderBenchmark {
    @Param({ "10000", "100000" })
    public int installed;

    private RuleOrder order;
    private final OrderKeys keys = new OrderKeys();
    private List<CompiledRule> all;
    private List<CompiledRule> added;

    /**
     * Compiles the installed rules, one /30 each, and the new rule.
     */
    @Setup
    public void setUp() {
        final RuleCompiler compiler = new RuleCompiler();
        all = new ArrayList<>(installed + 1);
        for (int i = 0; i < installed; i++) {
            all.add(compile(compiler, "r" + i, address(i * 4) + "/30"));
        }
        order = RuleOrder.of(all);
        keys.assign(names(order), Set.copyOf(names(order)), Set.of());
        final CompiledRule rule = compile(compiler, "new", address(installed / 2 * 4 + 1) + "/32");
        added = List.of(rule);
        all.add(rule);
    }

    private static CompiledRule compile(final RuleCompiler compiler, final String name, final String prefix) {
        return ((Compilation.Compiled) compiler.compile(Rules.dns(name, prefix).build())).rule();
    }

    private static String address(final int index) {
        return "10." + (index >> 16 & 0xff) + "." + (index >> 8 & 0xff) + "." + (index & 0xff);
    }

    private static List<String> names(final RuleOrder of) {
        return Lists.transform(of.rules(), CompiledRule::name);
    }

    /**
     * The new rule merged into the order, and taken out again: two changes, each merged into the order the one
     * before made.
     *
     * @return the order after both
     */
    @Benchmark
    public RuleOrder mergeOneRuleAndTakeItOut() {
        order = order.with(added, Set.of()).with(List.of(), Set.of("new"));
        return order;
    }

    /**
     * The same two changes with the rules' order keys given after each, as the order keeper does.
     *
     * @return the keys moved by the second change
     */
    @Benchmark
    public Map<String, Long> placeOneRuleAndTakeItOut() {
        final RuleOrder with = order.with(added, Set.of());
        keys.assign(names(with), with.placed(), Set.of("new"), Set.of());
        order = with.with(List.of(), Set.of("new"));
        return keys.assign(names(order), order.placed(), Set.of(), Set.of("new"));
    }

    /**
     * All rules, the new one included, sorted again.
     *
     * @return the new order
     */
    @Benchmark
    public RuleOrder sortAll() {
        return RuleOrder.of(all);
    }
}
