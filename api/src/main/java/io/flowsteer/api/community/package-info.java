/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Flowspec action encodings carried in extended communities: the 8-octet RFC 4360 form and the
 * 20-octet RFC 5701 form of every action Flowsteer sends or reads (RFC 8955 section 7, RFC 8956
 * section 6, draft-ietf-idr-flowspec-redirect-ip, draft-ietf-idr-flowspec-path-redirect, the FSv2
 * ACO community of draft-ietf-idr-fsv2-ip-basic, interface-set, RFC 9015). Entry point:
 * {@link io.flowsteer.api.community.ExtendedCommunityCodec}.
 */
@NonNullByDefault
package io.flowsteer.api.community;

import org.eclipse.jdt.annotation.NonNullByDefault;
