/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Who may use RESTCONF: the access policy of the two roles ({@code admin} and {@code operator}), and the first
 * start that leaves no default password behind.
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package io.flowsteer.rest.access;
