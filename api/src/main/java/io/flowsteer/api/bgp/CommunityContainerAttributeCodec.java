/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.api.bgp;

import io.flowsteer.api.community.fsv2.Fsv2ActionCommunity;
import io.flowsteer.api.community.fsv2.Fsv2ActionContainerCodec;
import io.flowsteer.api.community.wide.CommunityContainer;
import io.flowsteer.api.community.wide.CommunityContainerCodec;
import io.flowsteer.api.community.wide.RedirectGroupCodec;
import io.flowsteer.api.error.WireFormatException;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jdt.annotation.NonNull;

/**
 * Decodes the BGP Community Container attributes of a route (path attribute 129,
 * draft-ietf-idr-wide-bgp-communities section 2), which the UPDATE codec keeps among the other attributes
 * ({@link RouteAttributes#others()}), with the codecs of the wide communities Flowsteer knows.
 */
public final class CommunityContainerAttributeCodec {
    private CommunityContainerAttributeCodec() {
        // utility class
    }

    /**
     * The FSv2 Action communities of a route, draft-liu-idr-flowspec-redirect-sr-segment-list section 3.
     *
     * @param attributes the route's attributes
     * @param codec the FSv2 Action community codec, with the configured code points
     * @return the communities of every Community Container attribute, in wire order; empty when there is none
     * @throws WireFormatException with treat-as-withdraw if a container or an FSv2 Action community is malformed
     *     (draft-liu section 4, RFC 7606)
     */
    public static @NonNull List<@NonNull Fsv2ActionCommunity> decodeFsv2Actions(
            final @NonNull RouteAttributes attributes, final @NonNull Fsv2ActionContainerCodec codec)
            throws WireFormatException {
        final List<@NonNull Fsv2ActionCommunity> out = new ArrayList<>();
        for (RawAttribute attribute : attributes.others()) {
            if (attribute.type() == CommunityContainerCodec.ATTRIBUTE_TYPE) {
                out.addAll(codec.decodeAttribute(Unpooled.wrappedBuffer(attribute.value().toByteArray())));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks the Redirect Load Balancing Group communities of a route, draft-wu-idr-flowspec-redirect-group
     * section 5: a malformed Community Container attribute, or a group with no or several Parameter(s) TLVs or a
     * sub-TLV whose length does not match its type, makes the route treat-as-withdraw. Applies to FSv1 and FSv2
     * routes alike.
     *
     * @param attributes the route's attributes
     * @param codec the redirect group codec, with the configured community value
     * @return how many redirect groups the route carries
     * @throws WireFormatException with treat-as-withdraw when a container or a group is malformed
     */
    public static int checkRedirectGroups(final @NonNull RouteAttributes attributes,
            final @NonNull RedirectGroupCodec codec) throws WireFormatException {
        int groups = 0;
        for (RawAttribute attribute : attributes.others()) {
            if (attribute.type() == CommunityContainerCodec.ATTRIBUTE_TYPE) {
                for (CommunityContainer container : CommunityContainerCodec.decodeAttribute(
                        Unpooled.wrappedBuffer(attribute.value().toByteArray()))) {
                    if (codec.isRedirectGroup(container)) {
                        codec.decode(container);
                        groups++;
                    }
                }
            }
        }
        return groups;
    }
}
