/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Southbound SPIs: the contract between the engine (compile, order, resolve) and the speakers that talk to
 * routers. {@link io.flowsteer.api.spi.BgpSouthbound} is the BGP side; everything crossing it is an immutable
 * record, so a bgpcep-backed adapter can implement it later without touching the engine.
 */
@NonNullByDefault
package io.flowsteer.api.spi;

import org.eclipse.jdt.annotation.NonNullByDefault;
