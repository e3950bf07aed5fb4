/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.service.blueprint.container.BlueprintEvent;
import org.osgi.service.blueprint.container.BlueprintListener;

/**
 * Reports every Blueprint container that fails to start. The Blueprint extender replays each bundle's last event to
 * a listener when it registers (OSGi Compendium 121.7.2), so a failure that happened before the watchdog started is
 * reported too.
 */
final class BlueprintFailureLog implements BlueprintListener {
    private final Consumer<StartupFailure> report;

    /**
     * A log that hands each failure to {@code report}.
     *
     * @param report where failures go
     */
    BlueprintFailureLog(final Consumer<StartupFailure> report) {
        this.report = requireNonNull(report);
    }

    @Override
    public void blueprintEvent(final BlueprintEvent event) {
        if (event.getType() != BlueprintEvent.FAILURE) {
            return;
        }
        final Bundle bundle = event.getBundle();
        report.accept(StartupFailure.of(bundle.getSymbolicName(), bundle.getVersion().toString(), event.getCause()));
    }
}
