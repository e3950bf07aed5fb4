/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.community;

/**
 * Flow Specification for SFC Classifiers, RFC 9015 (IANA generic transitive experimental sub-type
 * 0x0d, as Flowsteer reads the registry): type 0x80, sub-type 0x0d, a 3-octet
 * Service Path Identifier, a 1-octet Service Index and a 2-octet Service Function Type.
 *
 * @param servicePathId SPI, 0..16777215
 * @param serviceIndex SI, 0..255
 * @param serviceFunctionType SFT, 0..65535
 */
public record SfcClassifier(int servicePathId, int serviceIndex, int serviceFunctionType)
        implements RegularExtendedCommunity {
}
