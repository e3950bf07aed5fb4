/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The engine: follows the configuration (rules in installation order, routers, indirection tables, the speaker's
 * settings and code points), resolves each router's rules when something it depends on changes, hands each BGP
 * peer its Adj-RIB-Out, follows the NETCONF pushes and the routes routers send, and reports the outcome per rule and
 * router through the status writer, with notifications on transitions.
 */
@NonNullByDefault
package io.flowsteer.impl.engine;

import org.eclipse.jdt.annotation.NonNullByDefault;
