/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowsteer.api.bgp.KeepaliveMessage;
import io.flowsteer.api.bgp.NotificationMessage;
import io.flowsteer.api.bgp.RouteAttributes;
import io.flowsteer.api.bgp.RouteRefreshMessage;
import io.flowsteer.api.bgp.UpdateMessage;
import io.flowsteer.api.bytes.Octets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link BgpMessageEncoder}: messages leave as RFC 4271 section 4 octets.
 */
class BgpMessageEncoderTest {
    private static final String MARKER = "ff".repeat(16);

    private final EmbeddedChannel channel = new EmbeddedChannel(new BgpMessageEncoder());

    private String written(final OutboundMessage message) {
        channel.writeOutbound(message);
        final ByteBuf out = channel.readOutbound();
        try {
            return ByteBufUtil.hexDump(out);
        } finally {
            out.release();
        }
    }

    @Test
    void keepaliveIsTheBareHeader() {
        // RFC 4271 section 4.4: 19 octets, type 4
        assertEquals(MARKER + "0013" + "04", written(new OutboundMessage.Control(KeepaliveMessage.INSTANCE)));
    }

    @Test
    void notificationCarriesCodeAndSubcode() {
        // RFC 4271 section 4.5: Cease (6) / Administrative Shutdown (2), 21 octets
        assertEquals(MARKER + "0015" + "03" + "0602", written(new OutboundMessage.Control(
            NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.ADMINISTRATIVE_SHUTDOWN))));
    }

    @Test
    void routeRefreshCarriesAfiAndSafi() {
        // RFC 2918 section 3: AFI 1, reserved, SAFI 133, 23 octets
        assertEquals(MARKER + "0017" + "05" + "0001" + "00" + "85",
            written(new OutboundMessage.Control(new RouteRefreshMessage(1, 133))));
    }

    @Test
    void anUpdateGoesOutAsPacked() {
        assertEquals("0102030405", written(new OutboundMessage.Update(Octets.fromHex("0102030405"))));
    }

    @Test
    void anUpdateMessageIsRefusedUnencoded() {
        final UpdateMessage update = new UpdateMessage(List.of(), null, null, null, null, RouteAttributes.EMPTY,
            null, null, List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> new OutboundMessage.Control(update));
    }
}
