/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * YANG-PATCH (RFC 8072) on the booted distribution: a batch of edits answers with the standard
 * {@code yang-patch-status}, per edit, whether it is applied or refused (restconf-nb 7.0.7 alone answered 500 after
 * applying the edits, having no writer for the reply).
 */
@ExtendWith(ControllerExtension.class)
class YangPatchIT {
    private static final String FLOWSPEC = "/data/flowsteer-flowspec:flowspec";

    private static String edit(final String id, final String operation, final String rule, final String prefix) {
        return "{\"edit-id\":\"" + id + "\",\"operation\":\"" + operation + "\",\"target\":\"/rule=" + rule
            + "\",\"value\":{\"flowsteer-flowspec:rule\":[{\"name\":\"" + rule + "\",\"match\":{\"destination-prefix\":"
            + "{\"prefix\":\"" + prefix + "\"}},\"actions\":{\"traffic-rate-bytes\":{\"rate\":\"0\"}}}]}}";
    }

    private static String patch(final String id, final String... edits) {
        return "{\"ietf-yang-patch:yang-patch\":{\"patch-id\":\"" + id + "\",\"edit\":[" + String.join(",", edits)
            + "]}}";
    }

    @Test
    void aBatchIsAnsweredWithItsStatusAndARefusedEditSaysWhich(final Restconf restconf) throws Exception {
        final var applied = restconf.yangPatch(FLOWSPEC, patch("batch-1",
            edit("1", "merge", "patch-a", "203.0.113.0/25"), edit("2", "merge", "patch-b", "203.0.113.128/25")));
        assertEquals(200, applied.status(), applied.body());
        final JsonObject status = applied.json().getAsJsonObject().getAsJsonObject("ietf-yang-patch:yang-patch-status");
        assertEquals("batch-1", status.get("patch-id").getAsString(), applied.body());
        assertTrue(status.has("ok"), applied.body());
        assertEquals(200, restconf.get(FLOWSPEC + "/rule=patch-b?content=config").status());

        // creating what exists fails that edit; the reply names it, and nothing of the batch is applied
        final var refused = restconf.yangPatch(FLOWSPEC, patch("batch-2",
            edit("1", "create", "patch-c", "198.51.100.0/25"), edit("2", "create", "patch-a", "203.0.113.0/25")));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("\"edit-id\":\"2\"") && refused.body().contains("data-exists"),
            refused.body());
        assertEquals(409, restconf.get(FLOWSPEC + "/rule=patch-c?content=config").status());

        assertEquals(204, restconf.delete(FLOWSPEC + "/rule=patch-a").status());
        assertEquals(204, restconf.delete(FLOWSPEC + "/rule=patch-b").status());
    }
}
