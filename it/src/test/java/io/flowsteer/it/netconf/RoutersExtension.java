/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it.netconf;

import java.io.IOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the one netconf-testtool process of the run (56 routers from port {@value #FIRST_PORT}): it lives in
 * the root context's store, so it is started by the first test that needs it and stopped when the run ends.
 */
public final class RoutersExtension implements ParameterResolver {
    static final int FIRST_PORT = 17_830;
    static final int COUNT = 57;
    private static final Namespace NAMESPACE = Namespace.create(RoutersExtension.class);

    @Override
    public boolean supportsParameter(final ParameterContext parameterContext, final ExtensionContext context) {
        return parameterContext.getParameter().getType() == Testtool.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameterContext, final ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Testtool.class, key -> {
            try {
                return Testtool.start(FIRST_PORT, COUNT);
            } catch (IOException e) {
                throw new ParameterResolutionException("Cannot start netconf-testtool", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ParameterResolutionException("Interrupted while starting netconf-testtool", e);
            }
        }, Testtool.class);
    }
}
