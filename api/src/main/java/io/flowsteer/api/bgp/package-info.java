/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * BGP-4 messages as Flowsteer's speaker sends and receives them (RFC 4271 section 4) with the extensions it
 * negotiates: capabilities (RFC 5492), multiprotocol (RFC 4760), 4-octet AS (RFC 6793), route refresh (RFC 2918),
 * extended messages (RFC 8654), graceful restart End-of-RIB (RFC 4724), and the revised error handling of
 * RFC 7606. These are wire format, so they live in api/ next to the NLRI and community codecs; the Netty speaker in
 * impl/ only frames, schedules and keeps state.
 */
@NonNullByDefault
package io.flowsteer.api.bgp;

import org.eclipse.jdt.annotation.NonNullByDefault;
