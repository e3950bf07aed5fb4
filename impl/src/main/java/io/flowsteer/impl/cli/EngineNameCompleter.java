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
import java.util.Collection;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes a console argument with names the engine knows now. Karaf injects the reference of this class into
 * each completer built on it.
 */
abstract class EngineNameCompleter implements Completer {
    @Reference
    EngineView engine;

    /**
     * The names to offer.
     *
     * @param snapshot the engine's current state
     * @return the names
     */
    abstract Collection<String> names(EngineSnapshot snapshot);

    @Override
    public final int complete(final Session session, final CommandLine commandLine, final List<String> candidates) {
        final StringsCompleter names = new StringsCompleter();
        names.getStrings().addAll(names(engine.snapshot()));
        return names.complete(session, commandLine, candidates);
    }
}
