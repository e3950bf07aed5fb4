/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The start-up watchdog: a bundle activator that watches the controller's start and says, in the log, what did not
 * come up and why, instead of leaving RESTCONF to answer 401 without explanation.
 */
@NonNullByDefault
package io.flowsteer.watchdog;

import org.eclipse.jdt.annotation.NonNullByDefault;
