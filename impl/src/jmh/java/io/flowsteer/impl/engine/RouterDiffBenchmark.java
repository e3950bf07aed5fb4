/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.status.Reasons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one new rule costs the engine's diff of a router that already holds many (the one-rule path of
 * docs/performance.md): a partial resolution of the new rule diffed against the router's status lines and routes,
 * the change of its peer's routes, and the router's maps brought up to date in place.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RouterDiffBenchmark {
    private static final DeviceStatusLine INSTALLED = new DeviceStatusLine(RuleState.Installed, Reasons.NONE,
        "discard");

    @Param({ "10000", "100000" })
    public int installed;

    private Map<String, DeviceStatusLine> written;
    private Map<String, FlowspecRoute> advertised;
    private RouterDiff.Before before;
    private List<RouterDiff.Fresh> fresh;

    /**
     * The router's lines and routes for the installed rules, one /30 each, and the new rule resolved.
     */
    @Setup
    public void setUp() {
        final RuleCompiler compiler = new RuleCompiler();
        written = new HashMap<>();
        advertised = new HashMap<>();
        for (int i = 0; i < installed; i++) {
            final String name = "r" + i;
            written.put(name, INSTALLED);
            advertised.put(name, route(compiler, name, address(i * 4) + "/30"));
        }
        before = new RouterDiff.Before(written, advertised);
        fresh = List.of(new RouterDiff.Fresh("new", INSTALLED, route(compiler, "new", address(1) + "/32")));
    }

    private static FlowspecRoute route(final RuleCompiler compiler, final String name, final String prefix) {
        final Compilation compilation = compiler.compile(Rules.dns(name, prefix).build());
        return new FlowspecRoute(((Compilation.Compiled) compilation).rule().nlri(), RouteAttributes.EMPTY);
    }

    private static String address(final int index) {
        return "10." + (index >> 16 & 0xff) + "." + (index >> 8 & 0xff) + "." + (index & 0xff);
    }

    /**
     * The diff of one new rule, applied to the router's maps (after the first time, to the same effect).
     *
     * @return the diff
     */
    @Benchmark
    public RouterDiff diffOfOneNewRule() {
        final RouterDiff diff = RouterDiff.of(before, Set.of("new"), fresh, Set.of(), Set.of());
        diff.applyTo(written, advertised);
        return diff;
    }
}
