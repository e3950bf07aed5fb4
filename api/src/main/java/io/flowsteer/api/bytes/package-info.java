/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Wire primitives shared by the NLRI codecs ({@code io.flowsteer.api.wire}) and the community codecs
 * ({@code io.flowsteer.api.community}): verbatim octet strings ({@link io.flowsteer.api.bytes.Octets}) and the
 * field range checks encoders run before writing ({@link io.flowsteer.api.bytes.FieldChecks}), so that a value the
 * wire format cannot carry is refused with an {@link io.flowsteer.api.error.EncodeException} naming the field.
 */
@NonNullByDefault
package io.flowsteer.api.bytes;

import org.eclipse.jdt.annotation.NonNullByDefault;
