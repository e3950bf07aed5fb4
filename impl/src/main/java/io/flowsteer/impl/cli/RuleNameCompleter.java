/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.cli;

import io.flowsteer.impl.engine.EngineSnapshot;
import java.util.Collection;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Completes rule names from the engine's current rules.
 */
@Service
public final class RuleNameCompleter extends EngineNameCompleter {
    @Override
    Collection<String> names(final EngineSnapshot snapshot) {
        return snapshot.ordered().stream().map(rule -> rule.name()).toList();
    }
}
