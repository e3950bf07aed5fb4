/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.RouterTable;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one feed of each router configuration subtree: one data-tree listener on {@code bgp-speaker}, one on
 * {@code devices/device} and one on {@code indirection-tables/router-table}, each change handed to every follower in
 * the order they were given (so the rule compiler follows new code points before the speaker does). Changes apply
 * live; the datastore replays existing configuration at registration, so a restart picks up everything configured
 * before it. That replay is handed over whole, once every subtree has been read, and each router's indirection
 * table before its device (an {@link InitialStateGate}): a NETCONF router is never told to hold an empty table
 * because its device was read first.
 */
public final class ConfigFeeds implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigFeeds.class);
    // the order in which the stored configuration is handed over at start
    private static final int SPEAKER_FEED = 0;
    private static final int TABLES_FEED = 1;
    private static final int DEVICES_FEED = 2;
    private static final int FEEDS = 3;

    private final @NonNull DataBroker dataBroker;
    private final @NonNull List<ConfigFollower> followers;
    private final List<AutoCloseable> registrations = new ArrayList<>();

    /**
     * Creates the feeds; {@link #register()} starts them.
     *
     * @param dataBroker the data broker
     * @param followers who gets each change, in this order
     */
    public ConfigFeeds(final @NonNull DataBroker dataBroker, final @NonNull List<? extends ConfigFollower> followers) {
        this.dataBroker = requireNonNull(dataBroker);
        this.followers = List.copyOf(followers);
    }

    /**
     * Registers the listeners. Blueprint calls this once every follower is ready.
     */
    public synchronized void register() {
        // stored configuration reaches followers only once all three subtrees are read, tables before devices
        final InitialStateGate gate = new InitialStateGate(FEEDS);
        registrations.add(new KeyedConfigListener<>(dataBroker, InstanceIdentifier.create(BgpSpeaker.class),
            speaker -> "bgp-speaker", (key, speaker) -> followers.forEach(follower -> follower.onSpeaker(speaker)),
            gate, SPEAKER_FEED));
        registrations.add(new KeyedConfigListener<>(dataBroker,
            InstanceIdentifier.builder(Devices.class).child(Device.class).build(),
            device -> device.requireName().getValue(),
            (name, device) -> followers.forEach(follower -> follower.onDevice(name, device)), gate, DEVICES_FEED));
        registrations.add(new KeyedConfigListener<>(dataBroker,
            InstanceIdentifier.builder(IndirectionTables.class).child(RouterTable.class).build(),
            table -> table.requireName().getValue(),
            (name, table) -> followers.forEach(follower -> follower.onIndirectionTable(name, table)), gate,
            TABLES_FEED));
        LOG.info("Flowsteer follows devices, the BGP speaker settings and indirection tables");
    }

    @Override
    public synchronized void close() throws Exception {
        for (AutoCloseable registration : registrations) {
            registration.close();
        }
        registrations.clear();
    }
}
