/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community.fsv2;

/**
 * One FSv2 Action SubTLV carried in the Parameter(s) TLV of an {@link Fsv2ActionCommunity}: 2-octet
 * sub-type, 2-octet length, value (draft-liu-idr-flowspec-redirect-sr-segment-list section 3). Flowsteer
 * understands {@link SrSegmentListAction}; any other sub-type is kept as an {@link UnknownFsv2Action}.
 */
public sealed interface Fsv2Action permits SrSegmentListAction, UnknownFsv2Action {
    // a closed set of values; the sub-type of SrSegmentListAction is a codec parameter, not a field
}
