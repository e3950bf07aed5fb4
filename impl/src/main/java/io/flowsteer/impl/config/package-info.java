/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The configuration feeds: one data-tree listener per router configuration subtree ({@code flowsteer-devices}
 * {@code bgp-speaker} and {@code devices/device}, {@code flowsteer-indirection}
 * {@code indirection-tables/router-table}), fanned out to the engine, the rule compiler's code points and the NETCONF
 * southbound.
 */
package io.flowsteer.impl.config;
