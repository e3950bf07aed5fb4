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
 * {@code flowsteer:routers}: every router, its BGP peer and session state, and how many rules are in each state.
 */
@Service
@Command(scope = "flowsteer", name = "routers", description = "List routers, their BGP sessions and rule states")
public final class RoutersCommand extends SnapshotCommand {
    @Override
    String render(final EngineSnapshot snapshot) {
        return EngineViews.routers(snapshot);
    }
}
