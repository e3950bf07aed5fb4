/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

/**
 * What the encoding of outgoing UPDATEs depends on for one session.
 *
 * @param localAs the local AS
 * @param internal true for iBGP (same AS): empty AS_PATH and LOCAL_PREF (RFC 4271 section 5.1.2, 5.1.5)
 * @param fourOctetAs true when the 4-octet AS capability was negotiated (RFC 6793 section 4)
 * @param maxMessageSize 4096, or 65535 with extended messages (RFC 8654)
 */
public record SessionEncoding(long localAs, boolean internal, boolean fourOctetAs, int maxMessageSize) {
}
