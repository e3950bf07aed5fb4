/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.netconf;

import java.util.Map;

/**
 * The names {@link IetfSrPolicyDriver} reads and writes in {@code ietf-sr-policy} revision 2026-07-06
 * (the YANG module of draft-ietf-spring-sr-policy-yang), {@code ietf-sr-policy-types} revision 2026-05-23 and
 * {@code ietf-routing} (RFC 8349): namespaces, element names of
 * {@code /rt:routing/sr-policy:segment-routing/traffic-engineering} and the identities Flowsteer uses.
 */
final class IetfSrPolicyNames {
    /** Namespace of {@code ietf-routing} (RFC 8349 section 7). */
    static final String ROUTING_NS = "urn:ietf:params:xml:ns:yang:ietf-routing";
    /** Namespace of {@code ietf-sr-policy}. */
    static final String SR_POLICY_NS = "urn:ietf:params:xml:ns:yang:ietf-sr-policy";
    /** Namespace of {@code ietf-sr-policy-types}, where the identities are defined. */
    static final String TYPES_NS = "urn:ietf:params:xml:ns:yang:ietf-sr-policy-types";
    /** Prefix written for {@link #TYPES_NS} in identityref values. */
    static final String TYPES_PREFIX = "sr-policy-types";

    static final String ROUTING = "routing";
    static final String SEGMENT_ROUTING = "segment-routing";
    static final String TRAFFIC_ENGINEERING = "traffic-engineering";
    static final String ATTRIBUTES = "attributes";
    static final String SEGMENT_LISTS = "segment-lists";
    static final String SEGMENT_LIST = "segment-list";
    static final String NAME = "name";
    static final String NAME_REF = "name-ref";
    static final String WEIGHT = "weight";
    static final String SEGMENTS = "segments";
    static final String SEGMENT = "segment";
    static final String INDEX = "index";
    static final String TYPE = "type";
    static final String SR_MPLS = "sr-mpls";
    static final String SRV6 = "srv6";
    static final String TYPE_A = "Type-A";
    static final String TYPE_B = "Type-B";
    static final String VALUE = "value";
    static final String POLICIES = "policies";
    static final String POLICY = "policy";
    static final String HEADEND = "headend";
    static final String COLOR = "color";
    static final String ENDPOINT = "endpoint";
    static final String BINDING_SID = "binding-sid";
    static final String MPLS_SID = "mpls-sid";
    static final String CANDIDATE_PATHS = "candidate-paths";
    static final String CANDIDATE_PATH = "candidate-path";
    static final String PROTOCOL_ORIGIN = "protocol-origin";
    static final String ORIGINATOR_ASN = "originator-asn";
    static final String ORIGINATOR_NODE_ADDRESS = "originator-node-address";
    static final String DISCRIMINATOR = "discriminator";
    static final String PREFERENCE = "preference";

    /** Segment type A, an SR-MPLS label (RFC 9256 section 4). */
    static final String SEGMENT_TYPE_A = "segment-type-A";
    /** Segment type B, an SRv6 SID (RFC 9256 section 4). */
    static final String SEGMENT_TYPE_B = "segment-type-B";

    /** Protocol-Origin values of RFC 9256 section 2.3 and the identities of {@code protocol-origin-type}. */
    static final Map<Integer, String> PROTOCOL_ORIGINS = Map.of(
        10, "protocol-origin-type-pcep",
        20, "protocol-origin-type-bgp",
        30, "protocol-origin-type-local");

    private IetfSrPolicyNames() {
        // constants only
    }
}
