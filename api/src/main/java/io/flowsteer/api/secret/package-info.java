/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The stored form of secrets: sealed on the way into the datastore, masked on the way out.
 */
@NonNullByDefault
package io.flowsteer.api.secret;

import org.eclipse.jdt.annotation.NonNullByDefault;
