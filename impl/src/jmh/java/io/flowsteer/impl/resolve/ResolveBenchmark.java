/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.spi.UnicastRoute;
import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BuiltInProfile;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device.RedirectGroupPrecedence;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.IndirectionIdType.Enumeration;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.rule.ActionsBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The resolver on one router with a full-ish table: 100,000 learned IPv4 /24 routes (one in four with two equal
 * next hops) and 1,000 rules: 400 redirect-to-IP (200 with two communities), 200 redirect groups of three paths
 * (situation B), 200 indirection-ids (all missing: invalid redirects), 200 rate limits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResolveBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private final RuleResolver resolver = new RuleResolver();
    private Device device;
    private List<UnicastRoute> routes;
    private RouterView router;
    private List<CompiledRule> rules;

    /**
     * Builds the routes, the router view and the compiled rules.
     */
    @Setup
    public void setUp() {
        final Random random = new Random(42);
        routes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            final String prefix = "10." + (i >> 8 & 0xff) + "." + (i & 0xff) + ".0/24";
            final String prefixWithHigh = (11 + (i >> 16)) + prefix.substring(2);
            routes.add(Routers.learned(prefixWithHigh, "172.16." + (i % 200) + ".1"));
            if (i % 4 == 0) {
                routes.add(Routers.learned(prefixWithHigh, "172.17." + (i % 200) + ".1"));
            }
        }
        device = Routers.builtIn("pe1", BuiltInProfile.Full)
            .setRedirectGroupPrecedence(RedirectGroupPrecedence.SituationB).build();
        router = RouterViews.of(device, null, routes);
        rules = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            final ActionsBuilder actions;
            switch (i % 5) {
                case 0, 1 -> actions = i % 2 == 0 ? Flows.redirectTo(Flows.target(address(random), false))
                    : Flows.redirectTo(Flows.target(address(random), false), Flows.target(address(random), true));
                case 2 -> actions = Flows.group(new ActionsBuilder(), Flows.path(1, address(random), 3),
                    Flows.path(2, address(random), 2), Flows.path(3, address(random), 1));
                case 3 -> actions = Flows.indirections(new ActionsBuilder(),
                    Flows.indirection(Enumeration.SrMplsBindingSidLabel, i, 0));
                default -> actions = new ActionsBuilder();
            }
            rules.add(Flows.compile(Flows.dns("rule-" + i, actions)));
        }
    }

    private static String address(final Random random) {
        return (11 + random.nextInt(2)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
            + (1 + random.nextInt(254));
    }

    /**
     * Resolves the 1,000 rules on the router.
     *
     * @return the resolution
     */
    @Benchmark
    public RouterResolution resolve1000Rules() {
        return resolver.resolve(router, rules, null, NOW);
    }

    /**
     * Builds the router view from its configuration and the 100,000 learned routes (125,000 next hops).
     *
     * @return the view
     */
    @Benchmark
    public RouterView buildViewWith100kRoutes() {
        return RouterViews.of(device, null, routes);
    }
}
