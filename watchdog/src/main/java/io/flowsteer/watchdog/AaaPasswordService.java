/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.promise.Promise;

/**
 * AAA's password service as the OSGi service registry and Declarative Services runtime show it: whether its
 * configuration listener is active, whether the hash service it builds is registered, and restarting the listener.
 * AAA's classes are named, never loaded: the watchdog imports none of AAA's packages.
 */
final class AaaPasswordService {
    static final String BUNDLE = "org.opendaylight.aaa.password-service-impl";
    static final String LISTENER = "org.opendaylight.aaa.impl.password.service.OSGiPasswordServiceConfigBootstrap";
    static final String HASH_SERVICE = "org.opendaylight.aaa.api.password.service.PasswordHashService";
    private static final long DS_TIMEOUT_SECONDS = 30;

    private final BundleContext context;

    AaaPasswordService(final BundleContext context) {
        this.context = requireNonNull(context);
    }

    /**
     * Whether the password hash service is registered.
     *
     * @return true when it is
     */
    boolean hashServicePresent() {
        try {
            // all references, whatever package wiring: the watchdog does not import AAA's API
            final ServiceReference<?>[] refs = context.getAllServiceReferences(HASH_SERVICE, null);
            return refs != null && refs.length > 0;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a null filter cannot be invalid", e);
        }
    }

    /**
     * Whether AAA's configuration listener component is active.
     *
     * @return true when the Declarative Services runtime reports it active
     * @throws InterruptedException when interrupted while asking the runtime
     */
    boolean listenerActive() throws InterruptedException {
        return withRuntime(runtime -> listener(runtime)
            .map(description -> runtime.getComponentConfigurationDTOs(description).stream()
                .anyMatch(configuration -> configuration.state == ComponentConfigurationDTO.ACTIVE))
            .orElse(false));
    }

    /**
     * Disables and enables the configuration listener component, so that it registers with the datastore again.
     *
     * @return true when both steps completed
     * @throws InterruptedException when interrupted while waiting for the runtime
     */
    boolean restartListener() throws InterruptedException {
        return withRuntime(runtime -> {
            final Optional<ComponentDescriptionDTO> description = listener(runtime);
            return description.isPresent() && await(runtime.disableComponent(description.orElseThrow()))
                && await(runtime.enableComponent(description.orElseThrow()));
        });
    }

    private Optional<ComponentDescriptionDTO> listener(final ServiceComponentRuntime runtime) {
        return Arrays.stream(context.getBundles())
            .filter(bundle -> BUNDLE.equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE)
            .findFirst()
            .map(bundle -> runtime.getComponentDescriptionDTO(bundle, LISTENER));
    }

    /**
     * A question to the Declarative Services runtime.
     */
    @FunctionalInterface
    private interface RuntimeQuery {
        boolean ask(ServiceComponentRuntime runtime) throws InterruptedException;
    }

    /**
     * Asks the runtime, or answers false when there is none.
     */
    private boolean withRuntime(final RuntimeQuery query) throws InterruptedException {
        final ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(
            ServiceComponentRuntime.class);
        final ServiceComponentRuntime runtime = ref == null ? null : context.getService(ref);
        if (runtime == null) {
            return false;
        }
        try {
            return query.ask(runtime);
        } finally {
            context.ungetService(ref);
        }
    }

    private static boolean await(final Promise<Void> promise) throws InterruptedException {
        try {
            return promise.timeout(TimeUnit.SECONDS.toMillis(DS_TIMEOUT_SECONDS)).getFailure() == null;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
