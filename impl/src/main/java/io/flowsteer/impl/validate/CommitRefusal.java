/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.validate;

import java.util.List;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;

/**
 * The failure a commit check hands back for a refused change. Its message starts with {@link #MARKER}, which the
 * RESTCONF front door recognises to answer 400 with the reasons, instead of RESTCONF's 500.
 */
public final class CommitRefusal {
    /** How every refusal's message begins; the front door (flowsteer-rest) looks for these exact words. */
    public static final String MARKER = "Flowsteer refused the change: ";

    private CommitRefusal() {
        // static factory only
    }

    /**
     * The failure for a list of problems.
     *
     * @param path where the check is registered
     * @param problems what is wrong, each naming its rule or router and field
     * @return the failure
     */
    public static DataValidationFailedException of(final YangInstanceIdentifier path, final List<String> problems) {
        return new DataValidationFailedException(YangInstanceIdentifier.class, path,
            MARKER + String.join("; ", problems));
    }
}
