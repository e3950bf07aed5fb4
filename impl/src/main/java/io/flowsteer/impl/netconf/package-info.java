/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The NETCONF southbound (RFC 6241 over SSH, RFC 6242): one session per router, pushes of the indirection-id table
 * and SR Policies as the smallest edit-config under a lock, committed and read back, host keys checked against the
 * pinned fingerprint (RFC 4253 section 8), and the bridge from the configuration datastore to the routers and from
 * their status to the operational datastore. Entry point: {@link io.flowsteer.impl.netconf.NetconfDeviceBridge}.
 */
@NonNullByDefault
package io.flowsteer.impl.netconf;

import org.eclipse.jdt.annotation.NonNullByDefault;
