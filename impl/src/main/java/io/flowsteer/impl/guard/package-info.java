/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Safety guards (issue 15, "never let a rule hurt the network it protects"): protected prefixes that no rule may
 * discard, rate-limit to zero or redirect, and the blast radius of one discard or rate-limit rule. Both are checked
 * when a rule is written; a rule with {@code force} true passes and the override is logged.
 */
@NonNullByDefault
package io.flowsteer.impl.guard;

import org.eclipse.jdt.annotation.NonNullByDefault;
