/*
 * Copyright (c) 2026 Flowsteer contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.flowsteer.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, as Linux shows them: the socket inodes among the process's open files
 * ({@code /proc/PID/fd}) looked up in the kernel's socket tables ({@code /proc/net/tcp} and {@code /proc/net/tcp6},
 * state {@code 0A}, LISTEN). What {@code ss -ltnp} prints, without needing {@code ss}.
 */
final class ListeningSockets {
    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /**
     * The addresses a process listens on. An IPv4-mapped IPv6 address ({@code ::ffff:127.0.0.1}, what a Java socket
     * bound to an IPv4 address shows in {@code tcp6}) is given as the IPv4 address.
     *
     * @param pid the process
     * @return its listening sockets
     * @throws IOException if {@code /proc} cannot be read
     */
    static List<InetSocketAddress> of(final long pid) throws IOException {
        final Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Paths.get("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    final String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // the file was closed while we looked: it is not a listener that matters
                }
            }
        }
        final List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            final Path path = Paths.get(table);
            if (!Files.exists(path)) {
                continue;
            }
            final List<String> lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
            // the first line names the columns
            for (String line : lines.subList(1, lines.size())) {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
                final String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && LISTEN.equals(fields[3]) && inodes.contains(fields[9])) {
                    listening.add(address(fields[1]));
                }
            }
        }
        return listening;
    }

    /**
     * Decodes {@code HEXADDRESS:HEXPORT}: the address is written as 32-bit words in the host's byte order
     * (little-endian on every platform the ITs run on), the port in network order.
     */
    private static InetSocketAddress address(final String field) throws UnknownHostException {
        final int colon = field.indexOf(':');
        final byte[] words = HexFormat.of().parseHex(field.substring(0, colon));
        final byte[] bytes = new byte[words.length];
        for (int word = 0; word < words.length; word += 4) {
            for (int i = 0; i < 4; i++) {
                bytes[word + i] = words[word + 3 - i];
            }
        }
        // InetAddress turns an IPv4-mapped IPv6 address into the IPv4 address
        return new InetSocketAddress(InetAddress.getByAddress(bytes),
            Integer.parseInt(field.substring(colon + 1), 16));
    }
}
