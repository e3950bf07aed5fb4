/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.error;

/**
 * What a BGP speaker does with a malformed piece of input, as RFC 7606 section 2 names the
 * approaches, refined by each flowspec draft's own error-handling section.
 */
public enum ErrorTreatment {
    /** RFC 7606 section 2, "session reset": send NOTIFICATION (UPDATE Message Error) and close. */
    SESSION_RESET,
    /** RFC 7606 section 2, "treat-as-withdraw": the routes of the UPDATE are treated as withdrawn. */
    TREAT_AS_WITHDRAW,
    /** RFC 7606 section 2, "attribute discard": the attribute is dropped, the routes stay. */
    ATTRIBUTE_DISCARD,
    /**
     * The element is ignored and processing continues (for example a duplicate path TLV in a
     * redirect load-balancing group, draft-wu-idr-flowspec-redirect-group section 5).
     */
    IGNORE
}
