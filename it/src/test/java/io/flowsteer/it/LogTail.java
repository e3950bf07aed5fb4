/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the controller logged since a point in time, wherever it went: {@code data/log/karaf.log}, or the console
 * output the harness keeps when logging falls back to the console (as pax-logging does while its configuration is
 * empty). A check of a log line then fails because the line is missing, not because it went to the other place.
 *
 * @param file the log file
 * @param console the captured console output
 * @param fileFrom the log file's length at the start
 * @param consoleFrom the console output's length at the start
 */
public record LogTail(Path file, Path console, int fileFrom, int consoleFrom) {

    static LogTail from(final Path file, final Path console) throws IOException {
        return new LogTail(file, console, read(file).length(), read(console).length());
    }

    /**
     * The text logged since the start, the log file's first.
     *
     * @return the new text of both places, a line break between them
     * @throws IOException when a place cannot be read
     */
    public String text() throws IOException {
        return tail(read(file), fileFrom) + '\n' + tail(read(console), consoleFrom);
    }

    private static String tail(final String text, final int from) {
        // a rolled-over log starts again from its beginning
        return text.length() >= from ? text.substring(from) : text;
    }

    private static String read(final Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    }
}
