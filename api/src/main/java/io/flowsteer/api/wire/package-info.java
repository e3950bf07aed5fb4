/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Flow specification NLRIs and their codecs: FSv1 (RFC 8955 section 4, RFC 8956 section 3, VPN form of RFC 8955
 * section 8) and FSv2 for basic IP (draft-ietf-idr-fsv2-ip-basic section 3), with every component and the numeric
 * and bitmask operators (RFC 8955 section 4.2.1). Entry points: {@link io.flowsteer.api.wire.Fsv1NlriCodec} and
 * {@link io.flowsteer.api.wire.Fsv2NlriCodec}.
 */
@NonNullByDefault
package io.flowsteer.api.wire;

import org.eclipse.jdt.annotation.NonNullByDefault;
