/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import io.flowsteer.impl.compile.CompiledRule;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/** Placeholder for the resolver contract (replaced by the resolver branch). */
public final class RuleResolver {
    public RouterResolution resolve(final RouterView router, final List<CompiledRule> ordered,
            final RouterResolution previous, final Instant now) {
        final var verdicts = new LinkedHashMap<String, RuleVerdict>();
        for (CompiledRule rule : ordered) {
            verdicts.put(rule.name(), new RuleVerdict(RuleState.Installed, null, "placeholder", true));
        }
        return new RouterResolution(router.device(), verdicts, List.of(), null);
    }
}
