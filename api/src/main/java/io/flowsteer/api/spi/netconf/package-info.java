/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The NETCONF southbound SPI: what a router should hold and what happened when Flowsteer pushed it.
 * Indirection-id tables (draft-ietf-idr-flowspec-path-redirect sections 2 and 5) and SR Policies (RFC 9256 section 2)
 * as immutable records, the smallest edit between two states
 * ({@link io.flowsteer.api.spi.netconf.TableEdit}, {@link io.flowsteer.api.spi.netconf.RouterEdit}, RFC 6241
 * section 7.2), the {@link io.flowsteer.api.spi.netconf.DeviceDriver} that turns them into a router's XML, and the
 * per-router status. Nothing here names a router model or a NETCONF library.
 */
@NonNullByDefault
package io.flowsteer.api.spi.netconf;

import org.eclipse.jdt.annotation.NonNullByDefault;
