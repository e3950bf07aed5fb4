/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.order;

import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.FlowspecNlri;
import io.flowsteer.api.wire.RandomRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to put 100,000 random rules (FSv1 IPv4 and IPv6, FSv2) into installation order, sort keys included
 * (RFC 8955 section 5.1, draft-ietf-idr-fsv2-ip-basic sections 6.1 and 6.3).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SortBenchmark {
    private List<FlowspecNlri> rules;

    /**
     * Generates the rules from a fixed seed.
     */
    @Setup
    public void setup() {
        final RandomRules random = new RandomRules(2026);
        rules = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            rules.add(i % 10 == 0 ? random.fsv2(Afi.IPV4) : random.fsv1(i % 3 == 0 ? Afi.IPV6 : Afi.IPV4, false));
        }
    }

    /**
     * Sorts the rules.
     *
     * @return the sorted list
     */
    @Benchmark
    public List<FlowspecNlri> sort100k() {
        return FlowspecOrder.sort(rules);
    }
}
