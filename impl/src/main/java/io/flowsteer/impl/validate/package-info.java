/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Commit-time checks of the configuration that YANG cannot express: addresses that must be unicast, ports that
 * must not be 0, NETCONF drivers that must exist, SR segments that must be labels or SIDs. A change that fails them
 * is refused whole, with a message that names the router or table and the field.
 */
@NonNullByDefault
package io.flowsteer.impl.validate;

import org.eclipse.jdt.annotation.NonNullByDefault;
