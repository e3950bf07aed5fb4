/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Karaf console commands for operators ({@code flowsteer:*}), found by Karaf through the bundle's
 * {@code Karaf-Commands} header.
 */
@NonNullByDefault
package io.flowsteer.impl.cli;

import org.eclipse.jdt.annotation.NonNullByDefault;
