/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.impl.compile.Compilation;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.compile.RuleCompiler;
import io.flowsteer.impl.compile.Rules;
import io.flowsteer.impl.order.RuleOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.device.BgpBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.IpAddressNoZone;
import org.opendaylight.yang.gen.v1.urn.ietf.params.xml.ns.yang.ietf.inet.types.rev130715.Ipv4AddressNoZone;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How a pass over a few changed rules finds them on a router that holds many: by name, sorted into installation
 * order ({@link RuleBook#covered}), against a scan of every rule of the order that targets the router, filtered by
 * the change (what every such pass did before). The change is {@code changed} new rules among {@code installed},
 * one /30 each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuleScopeBenchmark {
    private static final String ROUTER = "r1";

    @Param({ "10000", "100000" })
    public int installed;

    @Param({ "1", "1000" })
    public int changed;

    private final RuleBook rules = new RuleBook();
    private Device device;
    private RuleBook.Scope scope;

    /**
     * The order of every rule, the new ones among them, and the change that names the new ones.
     */
    @Setup
    public void setUp() {
        final RuleCompiler compiler = new RuleCompiler();
        final List<CompiledRule> all = new ArrayList<>(installed + changed);
        for (int i = 0; i < installed + changed; i++) {
            final String name = "r" + i;
            final int address = i * 4;
            final String prefix = "10." + (address >> 16 & 0xff) + "." + (address >> 8 & 0xff) + "."
                + (address & 0xff) + "/30";
            all.add(((Compilation.Compiled) compiler.compile(Rules.dns(name, prefix).build())).rule());
        }
        final List<CompiledRule> ordered = RuleOrder.of(all).rules();
        rules.order(ordered, ordered, Set.of());
        rules.passed();
        final List<CompiledRule> fresh = all.subList(installed, all.size());
        scope = new RuleBook.Scope(Set.copyOf(fresh.stream().map(CompiledRule::name).toList()), Set.of(), Set.of());
        device = new DeviceBuilder().setName(new DeviceRef(ROUTER))
            .setBgp(new BgpBuilder().setPeerAddress(new IpAddressNoZone(new Ipv4AddressNoZone("192.0.2.1")))
                .setPeerAs(Uint32.valueOf(65010)).build())
            .build();
    }

    /**
     * The changed rules found by name and sorted.
     *
     * @return them, in installation order
     */
    @Benchmark
    public List<CompiledRule> byName() {
        return rules.covered(scope, ROUTER, device, null);
    }

    /**
     * The changed rules found by a scan of the order.
     *
     * @return them, in installation order
     */
    @Benchmark
    public List<CompiledRule> scanOfTheOrder() {
        return RuleBook.targeted(ROUTER, device, rules.ordered()).stream().filter(scope::covers).toList();
    }
}
