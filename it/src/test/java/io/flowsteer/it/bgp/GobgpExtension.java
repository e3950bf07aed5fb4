/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.bgp;

import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the one {@link Gobgp} of the run: it lives in the root context's store, so it is started by the
 * first test that needs it and stopped when the run ends. No Karaf is involved.
 */
public final class GobgpExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(GobgpExtension.class);

    @Override
    public boolean supportsParameter(final ParameterContext parameterContext,
            final ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Gobgp.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        return extensionContext.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Gobgp.class,
            key -> startOrFail(), Gobgp.class);
    }

    private static Gobgp startOrFail() {
        try {
            return Gobgp.start();
        } catch (IOException e) {
            throw new ParameterResolutionException("Cannot start gobgpd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParameterResolutionException("Interrupted while starting gobgpd", e);
        }
    }
}
