/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Flowsteer's BGP flowspec speaker on Netty, the implementation of {@link io.flowsteer.api.spi.BgpSouthbound}:
 * the RFC 4271 section 8 state machine per peer, timers, reconnects, the per-peer Adj-RIB-Out and the reporting
 * of received routes. The bytes are the api codecs' ({@code io.flowsteer.api.bgp}); this package frames, schedules
 * and keeps state.
 */
@NonNullByDefault
package io.flowsteer.impl.bgp;

import org.eclipse.jdt.annotation.NonNullByDefault;
