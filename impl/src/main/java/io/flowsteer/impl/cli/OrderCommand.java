/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.impl.engine.EngineView;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code flowsteer:order}: the one installation order over all rules (FSv2 first, then RFC 8955 section 5.1).
 */
@Service
@Command(scope = "flowsteer", name = "order", description = "Show the installation order of all rules")
public final class OrderCommand implements Action {
    @Reference
    EngineView engine;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        session.getConsole().print(EngineViews.order(engine.afterPendingWork(snapshot -> snapshot).get()));
        return null;
    }
}
