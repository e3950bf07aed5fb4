/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Action Chain Ordering (ACO), draft-ietf-idr-fsv2-ip-basic-06 section 4.5.5: generic transitive
 * type 0x80, sub-type TBD4 (configurable in {@link ExtendedCommunityCodePoints}), one octet
 * AC-interaction, one octet AC-Failure, 4 reserved octets (zero on send, ignored on receipt).
 * Values the draft does not define are kept as they are, so that they propagate unchanged.
 *
 * @param interaction AC-interaction, 0..255: {@link #INTERACTION_DEFAULT} or {@link #INTERACTION_LOCAL_CONFIG}
 * @param failure AC-Failure, 0..255: {@link #FAILURE_STOP} or {@link #FAILURE_CONTINUE}
 */
public record ActionChainOrdering(int interaction, int failure) implements RegularExtendedCommunity {
    /** AC-interaction 0: do not install two actions of one category. */
    public static final int INTERACTION_DEFAULT = 0;
    /** AC-interaction 1: allow two actions of one category under local configuration. */
    public static final int INTERACTION_LOCAL_CONFIG = 1;
    /** AC-Failure 0x00: stop on failure of an action (the default). */
    public static final int FAILURE_STOP = 0;
    /** AC-Failure 0x01: continue on failure of an action. */
    public static final int FAILURE_CONTINUE = 1;
}
