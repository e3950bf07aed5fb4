/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import io.flowsteer.api.spi.netconf.NetconfSouthbound;
import io.flowsteer.api.spi.netconf.RouterStatusListener;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jdt.annotation.NonNull;
import org.opendaylight.mdsal.dom.api.DOMSchemaService;
import org.opendaylight.netconf.client.NetconfClientFactory;
import org.opendaylight.yangtools.concepts.Registration;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;

/**
 * Opens {@link NetconfRouterManager}s over the controller's netconf-client, with the {@code flowsteer-router}
 * driver on the controller's model context and the {@code ietf-sr-policy} driver (which writes its table with it),
 * a bounded worker pool (its size bounds parallel pushes) and a retry
 * scheduler it owns and shuts down on {@link #close()}.
 */
public final class NetconfRouterManagerFactory implements NetconfSouthboundFactory, AutoCloseable {
    private static final long MODEL_WAIT_SECONDS = 30;

    private final NetconfClientFactory clientFactory;
    private final DOMSchemaService schemaService;
    private final NetconfSettings settings;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;

    /**
     * A factory with the default settings.
     *
     * @param clientFactory netconf-client's factory (OSGi service {@code NetconfClientFactory})
     * @param schemaService gives the model context containing {@code flowsteer-router}
     * @param parallelism how many routers are pushed at the same time, at least 1
     */
    public NetconfRouterManagerFactory(final @NonNull NetconfClientFactory clientFactory,
            final @NonNull DOMSchemaService schemaService, final int parallelism) {
        this(clientFactory, schemaService, parallelism, NetconfSettings.DEFAULT);
    }

    /**
     * A factory with the given settings.
     *
     * @param clientFactory netconf-client's factory
     * @param schemaService gives the model context containing {@code flowsteer-router}
     * @param parallelism how many routers are pushed at the same time, at least 1
     * @param settings timeouts, backoff and confirm-timeout
     */
    public NetconfRouterManagerFactory(final @NonNull NetconfClientFactory clientFactory,
            final @NonNull DOMSchemaService schemaService, final int parallelism,
            final @NonNull NetconfSettings settings) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.clientFactory = requireNonNull(clientFactory);
        this.schemaService = requireNonNull(schemaService);
        this.settings = requireNonNull(settings);
        workers = Executors.newFixedThreadPool(parallelism,
            new ThreadFactoryBuilder().setNameFormat("flowsteer-netconf-%d").setDaemon(true).build());
        scheduler = Executors.newSingleThreadScheduledExecutor(
            new ThreadFactoryBuilder().setNameFormat("flowsteer-netconf-retry").setDaemon(true).build());
    }

    @Override
    public NetconfSouthbound open(final RouterStatusListener listener) {
        final FlowsteerRouterDriver flowsteer = new FlowsteerRouterDriver(routerModelContext());
        return new NetconfRouterManager(clientFactory, List.of(flowsteer, new IetfSrPolicyDriver(flowsteer)),
            listener, workers, scheduler, settings, Clock.systemUTC());
    }

    /**
     * The controller's model context once it contains {@code flowsteer-router}: the YANG of a freshly installed
     * feature may reach the global context a moment after the bundles start, so this waits up to
     * {@value #MODEL_WAIT_SECONDS} seconds for it.
     */
    private EffectiveModelContext routerModelContext() {
        final CompletableFuture<EffectiveModelContext> found = new CompletableFuture<>();
        try (Registration registration = schemaService.registerSchemaContextListener(context -> {
            if (FlowsteerRouterDriver.supports(context)) {
                found.complete(context);
            }
        })) {
            return found.get(MODEL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the flowsteer-router model", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the controller's model context lacks flowsteer-router", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        workers.shutdown();
    }
}
