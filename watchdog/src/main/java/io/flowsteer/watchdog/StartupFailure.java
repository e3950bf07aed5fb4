/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.watchdog;

import static java.util.Objects.requireNonNull;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A bundle whose services could not start, told the way an operator reads it: which bundle, why, and what it means
 * for the controller.
 *
 * @param bundle the bundle's symbolic name
 * @param version the bundle's version
 * @param cause the innermost cause's message, or a description of it when it has none
 */
record StartupFailure(String bundle, String version, String cause) {
    StartupFailure {
        requireNonNull(bundle);
        requireNonNull(version);
        requireNonNull(cause);
    }

    /**
     * Describes a failure from the error a container reported.
     *
     * @param bundle the bundle's symbolic name
     * @param version the bundle's version
     * @param error what the container reported, or {@code null} when it gave no cause
     * @return the failure
     */
    static StartupFailure of(final String bundle, final String version, final @Nullable Throwable error) {
        return new StartupFailure(bundle, version, describe(error));
    }

    /**
     * The operator's sentence for the log, after "Start-up failed: ".
     *
     * @return one line naming the bundle, the cause and its consequence
     */
    String sentence() {
        return bundle + " " + version + " could not start its services (" + cause + "). "
            + consequence() + " Restart the controller; if it fails again, keep data/log/karaf.log for the bug report.";
    }

    private String consequence() {
        if (bundle.startsWith("org.opendaylight.aaa.")) {
            return "Authentication is down: RESTCONF answers 401 to every request until it starts.";
        }
        if (bundle.startsWith("org.opendaylight.netconf.restconf")) {
            return "RESTCONF is not available.";
        }
        if (bundle.startsWith("io.flowsteer.")) {
            return "Flowsteer is not running: no rule reaches any router and status is not updated.";
        }
        return "Features that depend on it are not available.";
    }

    private static String describe(final @Nullable Throwable error) {
        if (error == null) {
            return "no cause given";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        final String message = root.getMessage();
        if (root instanceof NoClassDefFoundError || root instanceof ClassNotFoundException) {
            return "a class it needs is missing: " + message;
        }
        return message == null || message.isBlank() ? "an error without a message" : message.strip();
    }
}
