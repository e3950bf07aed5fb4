/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * One active controller in a cluster (issue 16): the owner of an ODL cluster singleton talks to the routers and
 * writes status; every other node is a hot standby. {@link io.flowsteer.impl.cluster.ActiveController} switches the
 * {@link io.flowsteer.impl.cluster.ActiveOnly} parts and has the {@link io.flowsteer.impl.cluster.StatusSource}s
 * write the status again when this node takes over.
 */
@NonNullByDefault
package io.flowsteer.impl.cluster;

import org.eclipse.jdt.annotation.NonNullByDefault;
