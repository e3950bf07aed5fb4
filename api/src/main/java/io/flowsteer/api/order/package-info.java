/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The installation order of flowspec rules: RFC 8955 section 5.1 and RFC 8956 section 4 within FSv1,
 * draft-ietf-idr-fsv2-ip-basic section 6.1 within FSv2, and FSv2 before FSv1 (section 6.3). Each rule gets one
 * {@link io.flowsteer.api.order.SortKey} whose plain lexicographic order is the installation order;
 * {@link io.flowsteer.api.order.FlowspecOrder} sorts by it.
 */
@NonNullByDefault
package io.flowsteer.api.order;

import org.eclipse.jdt.annotation.NonNullByDefault;
