/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupFailureTest {
    @Test
    void theSentenceNamesTheBundleTheMissingClassAndTheConsequence() {
        final Exception error = new IllegalStateException("Unable to start container for blueprint bundle",
            new RuntimeException("Error when instantiating bean webEnvironment",
                new NoClassDefFoundError("org/apache/logging/log4j/spi/LoggerAdapter")));
        final StartupFailure failure = StartupFailure.of("org.opendaylight.aaa.shiro", "0.19.5", error);
        assertEquals("a class it needs is missing: org/apache/logging/log4j/spi/LoggerAdapter", failure.cause());
        final String sentence = failure.sentence();
        assertTrue(sentence.startsWith("org.opendaylight.aaa.shiro 0.19.5 could not start its "
            + "services (a class it needs is missing: org/apache/logging/log4j/spi/LoggerAdapter)."), sentence);
        assertTrue(sentence.contains("RESTCONF answers 401 to every request"), sentence);
        // operator language: no exception class names
        assertFalse(sentence.contains("Exception") || sentence.contains("Error"), sentence);
    }

    @Test
    void flowsteersOwnFailureSaysThatNoRuleReachesARouter() {
        final StartupFailure failure = StartupFailure.of("io.flowsteer.impl", "0.1.0.SNAPSHOT",
            new IllegalStateException("Unable to start container: unresolved dependencies [DataBroker]"));
        assertEquals("Unable to start container: unresolved dependencies [DataBroker]", failure.cause());
        assertTrue(failure.sentence().contains("no rule reaches any router"), failure.sentence());
    }

    @Test
    void aFailureWithoutACauseSaysSo() {
        assertEquals("no cause given", StartupFailure.of("org.example.bundle", "1.0.0", null).cause());
        assertEquals("an error without a message",
            StartupFailure.of("org.example.bundle", "1.0.0", new IllegalStateException()).cause());
    }
}
