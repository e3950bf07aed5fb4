/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.api.spi.PeerStatus;
import io.flowsteer.impl.compile.CompiledRule;
import io.flowsteer.impl.resolve.RouterResolution;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;

/**
 * What the engine knew after its last pass, for the console and RPCs; immutable.
 *
 * @param ordered every compiled rule in installation order
 * @param devices the configured routers by name
 * @param resolutions the last resolution of each router
 * @param sessions each router's BGP session as last reported
 * @param lines per router, per rule: what the operational datastore says
 */
public record EngineSnapshot(@NonNull List<CompiledRule> ordered, @NonNull Map<String, Device> devices,
        @NonNull Map<String, RouterResolution> resolutions, @NonNull Map<String, PeerStatus> sessions,
        @NonNull Map<String, Map<String, DeviceStatusLine>> lines) {
    /**
     * Before the first pass.
     */
    public static final @NonNull EngineSnapshot EMPTY = new EngineSnapshot(List.of(), Map.of(), Map.of(), Map.of(),
        Map.of());
}
