/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.api.spi.UnicastRoute;
import java.util.Collection;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.devices.Device;

/** Placeholder for the resolver contract (replaced by the resolver branch). */
public final class RouterViews {
    private RouterViews() {
    }

    public static RouterView of(final Device device,
            final org.opendaylight.yang.gen.v1.urn.flowsteer.yang.indirection.rev261125.indirection.tables.Device table,
            final Collection<UnicastRoute> learned) {
        return new RouterView(device.getName().getValue());
    }
}
