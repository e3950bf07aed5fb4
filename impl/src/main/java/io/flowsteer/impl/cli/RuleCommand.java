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
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code flowsteer:rule NAME}: one rule decoded and in hex, its order index, and each router's verdict.
 */
@Service
@Command(scope = "flowsteer", name = "rule", description = "Show one rule: wire form, order and per-router status")
public final class RuleCommand implements Action {
    @Reference
    EngineView engine;

    @Reference
    Session session;

    @Argument(index = 0, name = "name", required = true, description = "The rule's name")
    @Completion(RuleNameCompleter.class)
    String name;

    @Override
    public Object execute() throws Exception {
        session.getConsole().print(EngineViews.rule(engine.afterPendingWork(snapshot -> snapshot).get(), name));
        return null;
    }
}
