/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The per-router resolver: what one router really does with each rule, given its capability profile, its unicast
 * routes, its indirection-id table and its SR Policies (redirect-to-IP implementation report and
 * draft-ietf-idr-flowspec-redirect-ip, draft-ietf-idr-flowspec-path-redirect, draft-wu-idr-flowspec-redirect-group,
 * draft-liu-idr-flowspec-redirect-sr-segment-list, draft-ietf-idr-fsv2-ip-basic sections 3.2 and 4.5). Pure
 * functions over immutable values: {@link io.flowsteer.impl.resolve.RuleResolver} is the entry point,
 * {@link io.flowsteer.impl.resolve.RouterViews} builds its input.
 */
@NonNullByDefault
package io.flowsteer.impl.resolve;

import org.eclipse.jdt.annotation.NonNullByDefault;
