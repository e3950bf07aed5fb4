/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The RESTCONF front door: a servlet filter in restconf-nb's filter chain that refuses bad requests before they reach
 * the datastore, naming the field, and puts the reasons of a change refused at commit into a 400 reply.
 */
@NonNullByDefault
package io.flowsteer.rest;

import org.eclipse.jdt.annotation.NonNullByDefault;
