/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.resolve;

import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.status.rev261125.RuleState;

/** Placeholder for the resolver contract (replaced by the resolver branch). */
public record RuleVerdict(RuleState state, String reason, String effectiveAction, boolean advertise) {
}
