/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * FSv2 action sub-TLVs: redirect to SR Policy segment list
 * (draft-liu-idr-flowspec-redirect-sr-segment-list). Entry point:
 * {@link io.flowsteer.api.community.fsv2.SrSegmentListActionCodec}.
 */
package io.flowsteer.api.community.fsv2;
