/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jdt.annotation.NonNull;

/**
 * What a bulk change would do on one router (issue 15 item 8, {@code preview-rule} with a batch): the verdict on
 * each rule of the change the router would get, its rule limit included, and the configured rules it holds now that
 * it would no longer hold.
 *
 * @param verdicts the line of each rule of the change on the router, by rule, in installation order
 * @param withdrawn the configured rules the router would stop holding, in installation order
 */
public record RouterDryRun(@NonNull Map<String, DeviceStatusLine> verdicts, @NonNull List<String> withdrawn) {
    public RouterDryRun {
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        withdrawn = List.copyOf(withdrawn);
    }
}
