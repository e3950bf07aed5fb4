/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest.access;

/**
 * Told of every login RESTCONF rejects, so that a node whose user store lost its accounts (AAA's H2 file after a
 * crash, or deleted) gets its {@code admin} account back instead of answering 401 to everyone until it restarts.
 */
public interface UserStoreWatch {
    /**
     * A login was rejected (401 with a challenge). Cheap and never blocking: at most one check of the user store
     * runs at a time, and at most one every few seconds.
     */
    void loginRejected();
}
