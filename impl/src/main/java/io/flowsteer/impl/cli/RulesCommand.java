/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.opendaylight.mdsal.binding.api.DataBroker;

/**
 * {@code flowsteer:rules}: every configured rule with its state, installation order and time of change; with
 * {@code --summary}, only how many rules are in each state (what {@code rule-summary} answers).
 */
@Service
@Command(scope = "flowsteer", name = "rules", description = "List the flowspec rules with their status")
public final class RulesCommand implements Action {
    @Reference
    DataBroker dataBroker;

    @Reference
    Session session;

    @Option(name = "-s", aliases = "--summary", description = "Only count the rules in each state")
    boolean summary;

    @Override
    public Object execute() throws Exception {
        if (summary) {
            session.getConsole().print(RuleReport.summary(new RuleReport(dataBroker).counts()));
            return null;
        }
        // Printed on the session's console: a returned value is not shown to 'bin/client <command>' callers.
        session.getConsole().print(RuleReport.table(new RuleReport(dataBroker).rules()));
        return null;
    }
}
