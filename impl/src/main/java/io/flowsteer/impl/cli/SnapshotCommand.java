/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.impl.engine.EngineSnapshot;
import io.flowsteer.impl.engine.EngineView;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

/**
 * A console command that prints one view of the engine, taken once the changes queued so far are resolved.
 * Karaf injects the references of this class into each command built on it.
 */
abstract class SnapshotCommand implements Action {
    @Reference
    EngineView engine;

    @Reference
    Session session;

    /**
     * The text the command prints.
     *
     * @param snapshot the engine's state after the queued changes
     * @return the text
     */
    abstract String render(EngineSnapshot snapshot);

    @Override
    public final Object execute() throws Exception {
        // Printed on the session's console: a returned value is not shown to 'bin/client <command>' callers.
        session.getConsole().print(render(engine.afterPendingWork(snapshot -> snapshot).get()));
        return null;
    }
}
