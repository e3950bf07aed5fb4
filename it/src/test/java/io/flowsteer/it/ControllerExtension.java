/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a {@link Restconf} client, the {@link KarafConsole} or the {@link Controller} itself (to restart it)
 * of the one controller booted for the whole run: the controller lives in the root context's store, so it is booted
 * by the first test class that needs it and stopped when the run ends.
 */
public final class ControllerExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(ControllerExtension.class);

    @Override
    public boolean supportsParameter(final ParameterContext parameterContext,
            final ExtensionContext extensionContext) {
        final Class<?> type = parameterContext.getParameter().getType();
        return type == Restconf.class || type == KarafConsole.class || type == Controller.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameterContext, final ExtensionContext extensionContext) {
        final Controller controller = extensionContext.getRoot().getStore(NAMESPACE)
            .getOrComputeIfAbsent(Controller.class, key -> bootOrFail(), Controller.class);
        final Class<?> type = parameterContext.getParameter().getType();
        if (type == Controller.class) {
            return controller;
        }
        return type == Restconf.class ? controller.restconf() : controller.console();
    }

    private static Controller bootOrFail() {
        try {
            return Controller.boot();
        } catch (java.io.IOException e) {
            throw new ParameterResolutionException("Cannot boot the controller", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParameterResolutionException("Interrupted while booting the controller", e);
        }
    }
}
