/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/reason-codes.md has one table row for every reason code of flowsteer-status (every identity derived from
 * {@code reason}) and no row for a code the model does not have.
 */
class ReasonCodesDocsTest {
    private static final Path MODEL = Paths.get("src/main/yang/flowsteer-status@2026-11-25.yang");
    private static final Path DOC = Paths.get("../docs/reason-codes.md");
    private static final Pattern IDENTITY = Pattern.compile("identity ([a-z0-9-]+) \\{\\s*base reason;");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\|");

    @Test
    void everyCodeHasExactlyOneRow() throws IOException {
        final List<String> codes = all(IDENTITY, Files.readString(MODEL, StandardCharsets.UTF_8));
        final List<String> rows = all(ROW, Files.readString(DOC, StandardCharsets.UTF_8));
        assertTrue(codes.size() > 30, "the model has its reason codes: " + codes);
        assertEquals(codes.stream().sorted().toList(), rows.stream().sorted().toList(),
            "docs/reason-codes.md rows against the identities derived from reason");
    }

    private static List<String> all(final Pattern pattern, final String text) {
        final List<String> found = new ArrayList<>();
        final Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
