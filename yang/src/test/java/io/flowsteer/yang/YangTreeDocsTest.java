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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The YANG trees in docs/yang are what yanglint prints for the models today, so the documentation cannot drift
 * from the contract. Regenerate one with
 * {@code yanglint -f tree -p <dir with ietf-inet-types> -p yang/src/main/yang yang/src/main/yang/MODULE@REV.yang}.
 */
class YangTreeDocsTest {
    private static final Path MODULES = Paths.get("src/main/yang");
    private static final Path DOCS = Paths.get("../docs/yang");

    @TempDir
    Path ietfDir;

    /**
     * Every module in src/main/yang, by name without the revision: a new module needs its tree in docs/yang.
     */
    static List<String> modules() throws IOException {
        try (Stream<Path> files = Files.list(MODULES)) {
            return files.map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(".yang"))
                .map(name -> name.substring(0, name.indexOf('@')))
                .sorted().toList();
        }
    }

    @Test
    void everyModuleIsCoveredAndEveryDocumentedTreeHasItsModule() throws IOException {
        assertEquals(List.of("flowsteer-devices", "flowsteer-flowspec", "flowsteer-indirection", "flowsteer-router",
            "flowsteer-status"), modules());
        try (Stream<Path> files = Files.list(DOCS)) {
            assertEquals(modules(), files.map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(".tree"))
                .map(name -> name.substring(0, name.length() - ".tree".length()))
                .sorted().toList(), "docs/yang holds one tree per module");
        }
    }

    @ParameterizedTest(name = "docs/yang/{0}.tree is current")
    @MethodSource("modules")
    void documentedTreeMatchesTheModel(final String module) throws IOException, InterruptedException {
        for (String ietf : List.of("ietf-inet-types@2013-07-15.yang", "ietf-yang-types@2013-07-15.yang")) {
            try (InputStream in = getClass().getResourceAsStream("/META-INF/yang/" + ietf)) {
                assertTrue(in != null, ietf + " on the classpath");
                Files.copy(in, ietfDir.resolve(ietf));
            }
        }
        final Process process = new ProcessBuilder("yanglint", "-f", "tree", "-p", ietfDir.toString(),
            "-p", MODULES.toString(), MODULES.resolve(module + "@2026-11-25.yang").toString())
            .redirectErrorStream(true).start();
        final String tree = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "yanglint did not finish");
        assertEquals(0, process.exitValue(), tree);
        assertEquals(tree, Files.readString(DOCS.resolve(module + ".tree"), StandardCharsets.UTF_8),
            "docs/yang/" + module + ".tree is out of date");
    }
}
