/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.impl.cluster.ControllerView;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code flowsteer:controller}: which cluster node is the active controller (the one that talks to the routers),
 * since when, and the last failover.
 */
@Service
@Command(scope = "flowsteer", name = "controller",
    description = "Show which node is the active controller, since when, and the last failover")
public final class ControllerCommand implements Action {
    @Reference
    ControllerView controller;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        session.getConsole().print(ControllerReport.render(controller.member(), controller.isActive(),
            controller.record().get().orElse(null)));
        return null;
    }
}
