/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.common.QNameModule;

/**
 * The names {@link FlowsteerRouterDriver} reads and writes in the {@code flowsteer-router} model
 * (yang/src/main/yang): its module and the nodes of {@code /router/indirection-id-table} and
 * {@code /router/sr-policies}.
 */
final class RouterModelNames {
    static final QNameModule MODULE = QName.create(FlowsteerRouterDriver.NAMESPACE, "2026-11-25", "router").getModule();
    static final QName ROUTER = QName.create(MODULE, "router");
    static final QName TABLE = QName.create(MODULE, "indirection-id-table");
    static final QName ENTRY = QName.create(MODULE, "entry");
    static final QName ID_TYPE = QName.create(MODULE, "id-type");
    static final QName ID = QName.create(MODULE, "id");
    static final QName DESCRIPTION = QName.create(MODULE, "description");
    static final QName TARGET = QName.create(MODULE, "target");
    static final QName NEXT_HOP = QName.create(MODULE, "next-hop");
    static final QName MPLS_BSID = QName.create(MODULE, "mpls-binding-sid");
    static final QName SRV6_BSID = QName.create(MODULE, "srv6-binding-sid");
    static final QName SR_POLICY = QName.create(MODULE, "sr-policy");
    static final QName COLOR = QName.create(MODULE, "color");
    static final QName ENDPOINT = QName.create(MODULE, "endpoint");
    static final QName TUNNEL = QName.create(MODULE, "tunnel");
    static final QName SR_POLICIES = QName.create(MODULE, "sr-policies");
    static final QName POLICY = QName.create(MODULE, "policy");
    static final QName NAME_LEAF = QName.create(MODULE, "name");
    static final QName BINDING_SID = QName.create(MODULE, "binding-sid");
    static final QName CANDIDATE_PATH = QName.create(MODULE, "candidate-path");
    static final QName PROTOCOL_ORIGIN = QName.create(MODULE, "protocol-origin");
    static final QName ORIGINATOR = QName.create(MODULE, "originator");
    static final QName DISCRIMINATOR = QName.create(MODULE, "discriminator");
    static final QName PREFERENCE = QName.create(MODULE, "preference");
    static final QName SEGMENT_LIST = QName.create(MODULE, "segment-list");
    static final QName WEIGHT = QName.create(MODULE, "weight");
    static final QName SEGMENT = QName.create(MODULE, "segment");
    static final QName INDEX = QName.create(MODULE, "index");
    static final QName SID = QName.create(MODULE, "sid");
    static final QName MPLS_LABEL = QName.create(MODULE, "mpls-label");
    static final QName SRV6_SID = QName.create(MODULE, "srv6-sid");

    private RouterModelNames() {
        // constants only
    }
}
