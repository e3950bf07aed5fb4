/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Flowsteer's wire model and semantics: everything Flowsteer puts on or reads from the wire
 * (RFC 8955, RFC 8956, draft-ietf-idr-fsv2-ip-basic, the redirect drafts), the installation order,
 * packet matching, and the southbound SPIs. No OSGi or MD-SAL types live here.
 */
@NonNullByDefault
package io.flowsteer.api;

import org.eclipse.jdt.annotation.NonNullByDefault;
