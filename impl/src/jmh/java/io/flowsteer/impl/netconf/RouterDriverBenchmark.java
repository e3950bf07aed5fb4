/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import com.google.common.net.InetAddresses;
import io.flowsteer.api.spi.netconf.IndirectionEntry;
import io.flowsteer.api.spi.netconf.IndirectionKey;
import io.flowsteer.api.spi.netconf.IndirectionTable;
import io.flowsteer.api.spi.netconf.IndirectionTarget;
import io.flowsteer.api.spi.netconf.RouterEdit;
import io.flowsteer.api.spi.netconf.RouterTables;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opendaylight.mdsal.binding.runtime.spi.BindingRuntimeHelpers;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.router.rev261125.FlowsteerRouterData;
import org.opendaylight.yangtools.util.xml.UntrustedXML;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What Flowsteer's side of a NETCONF push costs for a table of {@code entries} entries, a third each MPLS binding
 * SID, next hop and tunnel, as in the hundred-routers benchmark: reading a get-config {@code <data>} into a table
 * ({@link FlowsteerRouterDriver#read}, once per whole read), writing the edit-config of the whole table, and the
 * edit and key filter of one changed entry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouterDriverBenchmark {
    @Param({ "10000" })
    public int entries;

    private FlowsteerRouterDriver driver;
    private RouterTables table;
    private RouterEdit whole;
    private RouterTables changed;
    private RouterEdit oneEntry;
    private Element data;

    /**
     * Builds the table and the {@code <data>} a router holding it answers a get-config with.
     */
    @Setup
    public void setUp() {
        driver = new FlowsteerRouterDriver(BindingRuntimeHelpers.createEffectiveModel(FlowsteerRouterData.class));
        final List<IndirectionEntry> list = new ArrayList<>(entries);
        for (int id = 0; id < entries; id++) {
            list.add(new IndirectionEntry(new IndirectionKey(0, id), null, target(id)));
        }
        table = RouterTables.of(IndirectionTable.of(list));
        whole = RouterEdit.between(RouterTables.EMPTY, table);
        list.set(entries / 2, new IndirectionEntry(new IndirectionKey(0, entries / 2), null,
            new IndirectionTarget.MplsBindingSid(999_999)));
        changed = RouterTables.of(IndirectionTable.of(list));
        oneEntry = RouterEdit.between(table, changed);
        final Document reply = UntrustedXML.newDocumentBuilder().newDocument();
        data = reply.createElementNS(FlowsteerRouterDriver.NETCONF_BASE, "data");
        reply.appendChild(data);
        final Element config = driver.editConfig(reply, whole);
        while (config.getFirstChild() != null) {
            data.appendChild(config.getFirstChild());
        }
    }

    private static IndirectionTarget target(final int id) {
        return switch (id % 3) {
            case 0 -> new IndirectionTarget.MplsBindingSid(16 + id);
            case 1 -> new IndirectionTarget.NextHops(List.of(address(id)));
            default -> new IndirectionTarget.Tunnel("te-" + id);
        };
    }

    private static InetAddress address(final int id) {
        return InetAddresses.fromInteger(0x0A00_0000 + id);
    }

    /**
     * A whole get-config answer read into a table.
     *
     * @return the table read
     */
    @Benchmark
    public RouterTables readWholeTable() {
        return driver.read(data);
    }

    /**
     * The edit-config of the whole table.
     *
     * @return the {@code <config>} element
     */
    @Benchmark
    public Element editConfigWholeTable() {
        return driver.editConfig(UntrustedXML.newDocumentBuilder().newDocument(), whole);
    }

    /**
     * The smallest edit between the table and the table with one entry changed.
     *
     * @return the edit
     */
    @Benchmark
    public RouterEdit editOfOneEntry() {
        return RouterEdit.between(table, changed);
    }

    /**
     * The read-back filter selecting the one changed entry by key.
     *
     * @return the filters
     */
    @Benchmark
    public Object keyFilterOfOneEntry() {
        return driver.editedFilters(UntrustedXML.newDocumentBuilder().newDocument(), oneEntry);
    }
}
