/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.binding.api.DataBroker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeaker;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.Devices;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.IndirectionTables;
import org.opendaylight.yangtools.yang.binding.InstanceIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the engine from the configuration datastore: routers ({@code flowsteer-devices}), the speaker's own
 * settings, and the routers' indirection tables ({@code flowsteer-indirection}). Changes apply live.
 */
public final class ConfigFeeds implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigFeeds.class);

    private final @NonNull DataBroker dataBroker;
    private final @NonNull FlowsteerEngine engine;
    private final List<AutoCloseable> registrations = new ArrayList<>();

    /**
     * Creates the feeds; {@link #register()} starts them.
     *
     * @param dataBroker the data broker
     * @param engine the engine to feed
     */
    public ConfigFeeds(final @NonNull DataBroker dataBroker, final @NonNull FlowsteerEngine engine) {
        this.dataBroker = requireNonNull(dataBroker);
        this.engine = requireNonNull(engine);
    }

    /**
     * Registers the listeners. The datastore replays existing configuration to each, so a restart picks up
     * everything configured before it.
     */
    public synchronized void register() {
        registrations.add(new KeyedConfigListener<>(dataBroker, InstanceIdentifier.create(BgpSpeaker.class),
            speaker -> "bgp-speaker", (key, speaker) -> engine.onSpeaker(speaker)));
        registrations.add(new KeyedConfigListener<>(dataBroker,
            InstanceIdentifier.builder(Devices.class).child(Device.class).build(),
            device -> device.requireName().getValue(), engine::onDevice));
        registrations.add(new KeyedConfigListener<>(dataBroker,
            InstanceIdentifier.builder(IndirectionTables.class).child(
                org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.Device.class)
                .build(),
            table -> table.requireName().getValue(), engine::onIndirectionTable));
        LOG.info("Flowsteer engine follows devices, the BGP speaker settings and indirection tables");
    }

    @Override
    public synchronized void close() throws Exception {
        for (AutoCloseable registration : registrations) {
            registration.close();
        }
        registrations.clear();
    }
}
