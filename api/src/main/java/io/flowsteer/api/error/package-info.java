/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * What goes wrong on the wire and how a BGP speaker must treat it: a value an encoder cannot carry
 * ({@link io.flowsteer.api.error.EncodeException}), malformed received octets
 * ({@link io.flowsteer.api.error.WireFormatException}) and the RFC 7606 section 2 treatment each one calls for
 * ({@link io.flowsteer.api.error.ErrorTreatment}).
 */
@NonNullByDefault
package io.flowsteer.api.error;

import org.eclipse.jdt.annotation.NonNullByDefault;
