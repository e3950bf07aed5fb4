/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import io.flowsteer.api.spi.netconf.NetconfSouthbound;
import io.flowsteer.api.spi.netconf.RouterStatusListener;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Opens a NETCONF southbound that reports to a given listener, so that the listener (the
 * {@link NetconfDeviceBridge}) can own the southbound it listens to.
 */
@FunctionalInterface
public interface NetconfSouthboundFactory {
    /**
     * Opens a southbound.
     *
     * @param listener receives every router status
     * @return the southbound, closed by the caller
     */
    @NonNull NetconfSouthbound open(@NonNull RouterStatusListener listener);
}
