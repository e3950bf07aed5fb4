/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.status;

import io.flowsteer.api.bytes.Octets;
import io.flowsteer.impl.compile.RuleEncoding;
import io.flowsteer.impl.testing.InMemoryMdsal;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The writer's tests: each starts a status writer on a fresh in-memory MD-SAL broker and closes it after.
 */
abstract class StatusWriterCase {
    /** The encoding of a rendered rule whose bytes do not matter to the test. */
    static final RuleEncoding ENCODING = new RuleEncoding(Octets.fromHex("0518c00002"), List.of(), null, null,
        null);

    InMemoryMdsal mdsal;
    StatusWriter writer;

    @BeforeEach
    final void startWriter() {
        mdsal = new InMemoryMdsal();
        writer = new StatusWriter(mdsal.domDataBroker(), mdsal.serializer(), Clock.systemUTC());
        writer.start();
    }

    @AfterEach
    final void closeWriter() throws InterruptedException {
        writer.close();
    }
}
