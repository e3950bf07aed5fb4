/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * The BGP Community Container attribute (draft-ietf-idr-wide-bgp-communities) and the Redirect Load
 * Balancing Group wide community it carries (draft-wu-idr-flowspec-redirect-group-01). Entry points:
 * {@link io.flowsteer.api.community.wide.CommunityContainerCodec} and
 * {@link io.flowsteer.api.community.wide.RedirectGroupCodec}.
 */
@NonNullByDefault
package io.flowsteer.api.community.wide;

import org.eclipse.jdt.annotation.NonNullByDefault;
