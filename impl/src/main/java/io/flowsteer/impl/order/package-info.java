/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The one deterministic installation order over all compiled rules (draft-ietf-idr-fsv2-ip-basic section 6.3: FSv2
 * before FSv1; section 6.1 within FSv2; RFC 8955 section 5.1 within FSv1), kept current as rules change and
 * published through the status writer.
 */
@NonNullByDefault
package io.flowsteer.impl.order;

import org.eclipse.jdt.annotation.NonNullByDefault;
