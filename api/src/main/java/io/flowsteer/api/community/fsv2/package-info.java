/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * FSv2 actions: the redirect to SR Policy segment list action sub-TLV
 * (draft-liu-idr-flowspec-redirect-sr-segment-list section 3) and the FSv2 Action wide community that carries
 * action sub-TLVs in the BGP Community Container attribute. Entry points:
 * {@link io.flowsteer.api.community.fsv2.SrSegmentListActionCodec} and
 * {@link io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec}.
 */
@NonNullByDefault
package io.flowsteer.api.community.fsv2;

import org.eclipse.jdt.annotation.NonNullByDefault;
