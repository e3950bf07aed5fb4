/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
/**
 * Which rule a packet matches, as a router evaluates it (RFC 8955 section 5, RFC 8956 section 3): components
 * ANDed, numeric and bitmask terms, the first matching rule in installation order wins. Entry point:
 * {@link io.flowsteer.api.match.FlowMatcher}.
 */
@NonNullByDefault
package io.flowsteer.api.match;

import org.eclipse.jdt.annotation.NonNullByDefault;
