/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.rest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Recognises a change Flowsteer refused at commit in RESTCONF's reply. restconf-nb 7.0.7 answers every failed
 * commit with 500 operation-failed and puts the cause's message into error-info; Flowsteer's commit checks start
 * their message with {@link #MARKER}, so such a reply is the operator's mistake, not the server's, and becomes a
 * 400 invalid-value whose message is Flowsteer's.
 */
final class CommitRefusals {
    /** How every message of Flowsteer's commit checks begins. */
    static final String MARKER = "Flowsteer refused the change: ";

    private static final Pattern XML_INFO = Pattern.compile("<error-info>(.*?)</error-info>", Pattern.DOTALL);

    private CommitRefusals() {
        // static helpers only
    }

    /**
     * The refusal inside a RESTCONF error reply, if it is one of Flowsteer's.
     *
     * @param body the reply body
     * @return the refusal, or null when the reply is about something else
     */
    static @Nullable Refusal find(final byte[] body) {
        final String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains(MARKER)) {
            return null;
        }
        final List<String> infos = new ArrayList<>();
        if (text.stripLeading().startsWith("<")) {
            final Matcher matcher = XML_INFO.matcher(text);
            while (matcher.find()) {
                infos.add(unescape(matcher.group(1)));
            }
        } else {
            try {
                collect(JsonParser.parseString(text), infos);
            } catch (JsonParseException e) {
                return null;
            }
        }
        for (String info : infos) {
            final int at = info.indexOf(MARKER);
            if (at >= 0) {
                return Refusal.refusedAtCommit(info.substring(at + MARKER.length()));
            }
        }
        return null;
    }

    private static void collect(final JsonElement element, final List<String> infos) {
        if (element instanceof JsonObject object) {
            for (var member : object.entrySet()) {
                if ("error-info".equals(member.getKey()) && member.getValue().isJsonPrimitive()) {
                    infos.add(member.getValue().getAsString());
                } else {
                    collect(member.getValue(), infos);
                }
            }
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(child -> collect(child, infos));
        }
    }

    private static String unescape(final String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
            .replace("&amp;", "&");
    }
}
