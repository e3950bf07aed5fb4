/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The RPCs of the flowsteer-status module: preview-rule (compile and resolve a rule without storing or sending
 * it), explain-packet (which rule applies to a packet on one router, RFC 8955 section 5) and resync-device.
 * Entry point: {@link io.flowsteer.impl.rpc.FlowsteerRpcs}.
 */
@NonNullByDefault
package io.flowsteer.impl.rpc;

import org.eclipse.jdt.annotation.NonNullByDefault;
