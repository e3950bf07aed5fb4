/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.yang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the YANG contract with libyang's {@code yanglint}, an implementation nobody here wrote: the modules
 * compile, valid example data is accepted, and every constraint the models state ({@code must}, {@code when},
 * {@code unique}, ranges with their error messages) refuses the data it is meant to refuse.
 */
class YanglintTest {
    private static final Path MODULES = Paths.get("src/main/yang");
    private static final Path EXAMPLES = Paths.get("src/test/resources/yanglint");

    @TempDir
    static Path ietfDir;

    @BeforeAll
    static void extractIetfModules() throws IOException {
        for (String module : List.of("ietf-inet-types@2013-07-15.yang", "ietf-yang-types@2013-07-15.yang")) {
            try (InputStream in = YanglintTest.class.getResourceAsStream("/META-INF/yang/" + module)) {
                assertTrue(in != null, module + " on the classpath");
                Files.copy(in, ietfDir.resolve(module));
            }
        }
    }

    @Test
    void everyModuleCompilesWithoutWarnings() throws Exception {
        final Result result = yanglint(List.of());
        assertEquals(0, result.exitCode, result.output);
        assertEquals("", result.output.strip(), "yanglint printed warnings or errors");
    }

    @ParameterizedTest(name = "{0} is accepted")
    @MethodSource("validExamples")
    void validExampleIsAccepted(final String example) throws Exception {
        final Result result = yanglint(List.of("-t", "config", EXAMPLES.resolve("valid").resolve(example).toString()));
        assertEquals(0, result.exitCode, result.output);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("invalidExamples")
    void invalidExampleIsRefusedWithItsMessage(final String example) throws Exception {
        final Path data = EXAMPLES.resolve("invalid").resolve(example);
        final String expected = Files.readString(
            Paths.get(data.toString().replace(".json", ".expect")), StandardCharsets.UTF_8).strip();
        final Result result = yanglint(List.of("-t", "config", data.toString()));
        assertNotEquals(0, result.exitCode, "yanglint accepted " + example);
        assertTrue(result.output.contains(expected), () -> "expected '" + expected + "' in: " + result.output);
    }

    static Stream<String> validExamples() throws IOException {
        return list(EXAMPLES.resolve("valid"));
    }

    static Stream<String> invalidExamples() throws IOException {
        return list(EXAMPLES.resolve("invalid"));
    }

    private static Stream<String> list(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            final List<String> names = files.map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith(".json")).sorted().toList();
            assertTrue(!names.isEmpty(), "no examples in " + dir);
            return names.stream();
        }
    }

    private static Result yanglint(final List<String> extraArgs) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of("yanglint", "-p", ietfDir.toString()));
        try (Stream<Path> files = Files.list(MODULES)) {
            files.filter(path -> path.toString().endsWith(".yang")).sorted()
                .forEach(path -> command.add(path.toString()));
        }
        command.addAll(extraArgs);
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "yanglint did not finish");
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
