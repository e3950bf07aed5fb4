/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import javax.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link FormattableBodyWriter} to every Jersey application, RESTCONF's included. Jersey finds this class
 * through {@code META-INF/services}, which its OSGi registry reads from every bundle.
 */
public final class PatchReplyDiscoverable implements ForcedAutoDiscoverable {
    @Override
    public void configure(final FeatureContext context) {
        if (!context.getConfiguration().isRegistered(FormattableBodyWriter.class)) {
            context.register(FormattableBodyWriter.class);
        }
    }
}
