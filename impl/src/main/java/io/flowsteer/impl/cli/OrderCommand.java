/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.impl.engine.EngineSnapshot;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code flowsteer:order}: the one installation order over all rules (FSv2 first, then RFC 8955 section 5.1).
 */
@Service
@Command(scope = "flowsteer", name = "order", description = "Show the installation order of all rules")
public final class OrderCommand extends SnapshotCommand {
    @Override
    String render(final EngineSnapshot snapshot) {
        return EngineViews.order(snapshot);
    }
}
