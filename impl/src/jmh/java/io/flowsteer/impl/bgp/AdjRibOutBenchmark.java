/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import io.flowsteer.api.bgp.BgpFamily;
import io.flowsteer.api.bgp.BgpMessageCodec;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.SessionEncoding;
import io.flowsteer.api.bgp.UpdateMessageEncoder;
import io.flowsteer.api.community.ExtendedCommunityCodec;
import io.flowsteer.api.community.TrafficRateBytes;
import io.flowsteer.api.spi.FlowspecRoute;
import io.flowsteer.api.wire.Afi;
import io.flowsteer.api.wire.ComponentType;
import io.flowsteer.api.wire.Fsv1Nlri;
import io.flowsteer.api.wire.IpPrefixComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one new rule costs a peer's Adj-RIB-Out that already holds many routes (the one-rule path of
 * docs/performance.md): the router's whole set of routes handed over again with the new one and the sync that
 * finds the one UPDATE to send, against a change naming the new route alone and the sync of that change.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdjRibOutBenchmark {
    private static final Set<BgpFamily> V4 = Set.of(BgpFamily.IPV4_FLOWSPEC);
    private static final RouteAttributes DROP = RouteAttributes.of(new TrafficRateBytes(0, 0f));
    private static final SessionEncoding IBGP = new SessionEncoding(65000, true, true, BgpMessageCodec.MAX_STANDARD);

    @Param({ "10000", "100000" })
    public int installed;

    private final UpdateMessageEncoder encoder = new UpdateMessageEncoder(new ExtendedCommunityCodec());
    private List<FlowspecRoute> before;
    private List<FlowspecRoute> after;
    private FlowspecRoute added;
    private AdjRibOut rib;

    /**
     * The installed routes, /30 each, and the same with one /32 more in the middle.
     */
    @Setup
    public void setUp() {
        before = new ArrayList<>(installed);
        for (int i = 0; i < installed; i++) {
            before.add(route(i * 4, 30));
        }
        after = new ArrayList<>(before);
        added = route(installed / 2 * 4 + 1, 32);
        after.add(installed / 2, added);
    }

    /**
     * A peer that was sent the installed routes.
     */
    @Setup(Level.Invocation)
    public void peerWithTheInstalledRoutes() {
        rib = new AdjRibOut();
        rib.want(before);
        rib.sync(V4, false, encoder, IBGP);
    }

    private static FlowspecRoute route(final int index, final int length) {
        return new FlowspecRoute(new Fsv1Nlri(Afi.IPV4, IpPrefixComponent.ipv4(ComponentType.DESTINATION_PREFIX,
            new byte[] {10, (byte) (index >> 16), (byte) (index >> 8), (byte) index}, length)), DROP);
    }

    /**
     * The routes with the new one handed over, and the sync that sends it.
     *
     * @return what the sync sends
     */
    @Benchmark
    public AdjRibOut.Updates handOverWithOneNewRoute() {
        rib.want(after);
        return rib.sync(V4, false, encoder, IBGP);
    }

    /**
     * A change naming the new route alone, and the sync of that change.
     *
     * @return what the sync sends
     */
    @Benchmark
    public AdjRibOut.Updates changeWithOneNewRoute() {
        return rib.sync(rib.change(List.of(added), List.of()), V4, encoder, IBGP, route -> true);
    }
}
