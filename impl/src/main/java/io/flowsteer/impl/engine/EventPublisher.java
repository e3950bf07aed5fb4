/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import io.flowsteer.impl.resolve.ResolutionEvent;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Where the resolver's events go: YANG notifications in the controller, a list in tests.
 */
@FunctionalInterface
public interface EventPublisher {
    /**
     * Publishes one event; must not block for long.
     *
     * @param event the event
     */
    void publish(@NonNull ResolutionEvent event);
}
