package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map's source URL is a link in the drawing, never an address argmap connects to: drawing a map
 * whose URL points at a listening socket, in every format, makes no connection to it.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    void drawingAMapInEveryFormatConnectsToNothingItsUrlNames() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/essay";
            Path map = dir.resolve("linked.yaml");
            Files.writeString(map, """
                    argmap: 1
                    title: Linked
                    source:
                      title: An essay online
                      url: %s
                    statements:
                      thesis:
                        kind: thesis
                        text: The thesis.
                      reason:
                        text: A reason.
                        supports: thesis
                    """.formatted(url));
            CliRun run = CliRun.withRealEngines("render", "--engine", "embedded", "-f", "svg,png,pdf,html,dot",
                    "-o", dir.resolve("out").toString(), map.toString());
            assertEquals(ExitStatus.CLEAN, run.status(), run::all);
            assertTrue(Files.readString(dir.resolve("out/linked.svg")).contains(url), "the URL is a link in the diagram");
            // a connection attempt would wait in the listener's backlog, accepted or not
            listener.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, listener::accept, "argmap connected to the map's URL");
        }
    }
}
