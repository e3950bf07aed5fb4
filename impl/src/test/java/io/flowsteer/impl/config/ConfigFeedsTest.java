/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import static io.flowsteer.impl.testing.Await.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowsteer.impl.testing.InMemoryMdsal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.opendaylight.mdsal.common.api.LogicalDatastoreType;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.DeviceKey;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.flowspec.rev261125.DeviceRef;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTableKey;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;

/**
 * The feeds on the in-memory MD-SAL broker: stored configuration reaches followers only once every subtree has been
 * read, each router's indirection table before its device, as at a controller restart.
 */
class ConfigFeedsTest {
    private static final String ROUTER = "pe1";

    /**
     * Records what it is handed, in order.
     */
    private static final class Recorder implements ConfigFollower {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Override
        public void onDevice(final @NonNull String name, final @Nullable Device device) {
            heard.add("device " + name + (device == null ? " deleted" : ""));
        }

        @Override
        public void onIndirectionTable(final @NonNull String name, final @Nullable RouterTable table) {
            heard.add("table " + name + (table == null ? " deleted" : ""));
        }
    }

    private static InstanceIdentifier<Device> device() {
        return InstanceIdentifier.builder(Devices.class).child(Device.class, new DeviceKey(new DeviceRef(ROUTER)))
            .build();
    }

    private static InstanceIdentifier<RouterTable> table() {
        return InstanceIdentifier.builder(IndirectionTables.class)
            .child(RouterTable.class, new RouterTableKey(new DeviceRef(ROUTER))).build();
    }

    @Test
    void storedConfigurationArrivesWholeWithEachTableBeforeItsDevice() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        // the device is written first and in its own transaction, as an operator would
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, device(),
            new DeviceBuilder().setName(new DeviceRef(ROUTER)).build()));
        mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, table(),
            new RouterTableBuilder().setName(new DeviceRef(ROUTER)).build()));
        final Recorder recorder = new Recorder();
        try (ConfigFeeds feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(recorder))) {
            feeds.register();
            await(() -> recorder.heard.size() >= 2);
            assertEquals(List.of("table " + ROUTER, "device " + ROUTER), recorder.heard);
        }
    }

    @Test
    void anEmptyDatastoreOpensTheFeedsAndLaterChangesArriveAsTheyCome() throws Exception {
        final InMemoryMdsal mdsal = new InMemoryMdsal();
        final Recorder recorder = new Recorder();
        try (ConfigFeeds feeds = new ConfigFeeds(mdsal.dataBroker(), List.of(recorder))) {
            feeds.register();
            // nothing stored: each listener is told so (onInitialData), and the gate opens
            mdsal.write(tx -> tx.put(LogicalDatastoreType.CONFIGURATION, device(),
                new DeviceBuilder().setName(new DeviceRef(ROUTER)).build()));
            await(() -> recorder.heard.size() >= 1);
            mdsal.write(tx -> tx.delete(LogicalDatastoreType.CONFIGURATION, device()));
            await(() -> recorder.heard.size() >= 2);
            assertEquals(List.of("device " + ROUTER, "device " + ROUTER + " deleted"), recorder.heard);
        }
    }
}
