/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.impl.netconf.NetconfDeviceBridge;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yangtools.concepts.Registration;

/**
 * Tells the engine how each NETCONF router's pushes end ({@link FlowsteerEngine#onNetconfStatus}), for as long as
 * it lives. Blueprint creates it after the engine and the bridge and closes it before them.
 */
public final class NetconfPushFollower implements AutoCloseable {
    private final Registration registration;

    /**
     * Registers the engine with the bridge; the engine first gets every router's current status.
     *
     * @param bridge the NETCONF device bridge
     * @param engine the engine
     */
    public NetconfPushFollower(final @NonNull NetconfDeviceBridge bridge, final @NonNull FlowsteerEngine engine) {
        registration = bridge.registerListener(engine::onNetconfStatus);
    }

    @Override
    public void close() {
        registration.close();
    }
}
