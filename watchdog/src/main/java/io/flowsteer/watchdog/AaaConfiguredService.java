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
 * An AAA service that AAA builds only once its configuration listener is told its configuration, as the OSGi
 * service registry and Declarative Services runtime show it: whether the listener is active, whether the service it
 * builds is registered, and restarting the listener. AAA's classes are named, never loaded: the watchdog imports
 * none of AAA's packages.
 */
final class AaaConfiguredService {
    /**
     * Which service: its name for the log, its bundle, its listener component, the service it builds, and what is
     * down while it is missing.
     *
     * @param name as the log names it
     * @param bundle symbolic name of the bundle holding the listener
     * @param listener name of the listener's Declarative Services component
     * @param service interface name of the service the listener builds
     * @param whatIsDown the sentence saying what does not work without it
     */
    record Kind(String name, String bundle, String listener, String service, String whatIsDown) {
        /** AAA's password hash service ({@code aaa-password-service-config}). */
        static final Kind PASSWORD = new Kind("password service", "org.opendaylight.aaa.password-service-impl",
            "org.opendaylight.aaa.impl.password.service.OSGiPasswordServiceConfigBootstrap",
            "org.opendaylight.aaa.api.password.service.PasswordHashService",
            "Authentication is down: RESTCONF answers 401 to every request.");
        /** AAA's encryption service ({@code aaa-encrypt-service-config}), which AAA's certificates need too. */
        static final Kind ENCRYPTION = new Kind("encryption service", "org.opendaylight.aaa.encrypt-service-impl",
            "org.opendaylight.aaa.encrypt.impl.OSGiEncryptionServiceConfigurator",
            "org.opendaylight.aaa.encrypt.AAAEncryptionService",
            "Authentication is down (RESTCONF answers 401 to every request), and Flowsteer cannot open the secrets "
                + "it keeps, so it does not start.");
    }

    private static final long DS_TIMEOUT_SECONDS = 30;

    private final BundleContext context;
    private final Kind kind;

    AaaConfiguredService(final BundleContext context, final Kind kind) {
        this.context = requireNonNull(context);
        this.kind = requireNonNull(kind);
    }

    Kind kind() {
        return kind;
    }

    /**
     * Whether the service the listener builds is registered.
     *
     * @return true when it is
     */
    boolean servicePresent() {
        try {
            // all references, whatever package wiring: the watchdog does not import AAA's API
            final ServiceReference<?>[] refs = context.getAllServiceReferences(kind.service(), null);
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
            .filter(bundle -> kind.bundle().equals(bundle.getSymbolicName()) && bundle.getState() == Bundle.ACTIVE)
            .findFirst()
            .map(bundle -> runtime.getComponentDescriptionDTO(bundle, kind.listener()));
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
