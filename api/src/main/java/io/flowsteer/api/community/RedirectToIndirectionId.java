/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Redirect to indirection-id, draft-ietf-idr-flowspec-path-redirect section 4: type (default
 * 0x09), sub-type (default 0x00), a flags octet laid out as {@code | RES(3) | S-ID(4) | C |}, a
 * 1-octet ID-Type and the 32-bit generalized indirection-id. Reserved flag bits are sent as zero and
 * ignored on receipt. The type and sub-type are configurable in {@link ExtendedCommunityCodePoints}.
 *
 * @param sequenceId S-ID, 0..15; 0 means no sequencing, lower values are imposed first
 * @param copy C: the redirection applies to a copy of the matching packets
 * @param idType the ID-Type octet, 0..255, telling how the indirection-id is looked up
 * @param indirectionId the 32-bit indirection-id, 0..4294967295
 */
public record RedirectToIndirectionId(int sequenceId, boolean copy, int idType, long indirectionId)
        implements RegularExtendedCommunity {
}
