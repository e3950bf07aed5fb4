/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

import java.util.Locale;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How the controller was started: {@code production} (the default) or {@code lab}, which keeps the documented
 * {@code admin}/{@code admin} RESTCONF account for labs and tests. {@code bin/setenv} sets the system property
 * {@value #PROPERTY} from the environment variable {@code FLOWSTEER_PROFILE}.
 *
 * @param lab whether this is the lab profile
 */
record Profile(boolean lab) {
    /** The system property that names the profile. */
    static final String PROPERTY = "flowsteer.profile";

    /**
     * The profile a property value names; anything but {@code lab} is production.
     *
     * @param value the value of {@value #PROPERTY}, or null
     * @return the profile
     */
    static Profile of(final @Nullable String value) {
        return new Profile(value != null && "lab".equals(value.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * The profile of this JVM.
     *
     * @return the profile the system property names
     */
    static Profile current() {
        return of(System.getProperty(PROPERTY));
    }
}
