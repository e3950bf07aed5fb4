/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.impl.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.flowsteer.api.spi.GracefulRestartConfig;
import io.flowsteer.api.spi.TbdCodePoints;
import org.junit.jupiter.api.Test;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.BgpSpeakerBuilder;
import org.opendaylight.yang.gen.v1.urn.flowsteer.yang.devices.rev261125.bgp.speaker.GracefulRestartBuilder;
import org.opendaylight.yangtools.yang.common.Uint16;
import org.opendaylight.yangtools.yang.common.Uint32;

/**
 * {@code bgp-speaker/graceful-restart} as the speaker takes it: RFC 4724 and RFC 9494 with the YANG defaults for
 * what is not set.
 */
class BgpConfigsGracefulRestartTest {
    @Test
    void nothingConfiguredMeansGracefulAndLongLivedGracefulRestartWithTheDefaults() {
        assertEquals(new GracefulRestartConfig(true, 120, 3600),
            BgpConfigs.speaker(new BgpSpeakerBuilder().build(), TbdCodePoints.DEFAULT).gracefulRestart());
    }

    @Test
    void theOperatorsTimesAreUsedAndZeroTurnsLongLivedGracefulRestartOff() {
        assertEquals(new GracefulRestartConfig(true, 30, 86400), BgpConfigs.speaker(new BgpSpeakerBuilder()
            .setGracefulRestart(new GracefulRestartBuilder().setRestartTime(Uint16.valueOf(30))
                .setLongLivedStaleTime(Uint32.valueOf(86400)).build()).build(), TbdCodePoints.DEFAULT)
            .gracefulRestart());
        final GracefulRestartConfig off = BgpConfigs.speaker(new BgpSpeakerBuilder().setGracefulRestart(
            new GracefulRestartBuilder().setLongLivedStaleTime(Uint32.ZERO).build()).build(), TbdCodePoints.DEFAULT)
            .gracefulRestart();
        assertEquals(new GracefulRestartConfig(true, 120, 0), off);
        assertFalse(off.longLived());
    }
}
