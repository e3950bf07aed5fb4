/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Placeholder for the resolver contract (replaced by the resolver branch). */
public record RouterResolution(String device, Map<String, RuleVerdict> verdicts, List<ResolutionEvent> events,
        Instant nextDeadline) {
}
