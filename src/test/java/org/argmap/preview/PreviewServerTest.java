package org.argmap.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.argmap.model.Deadline;
import org.argmap.pipeline.CheckRequest;
import org.argmap.pipeline.DiagramChoices;
import org.argmap.pipeline.Drawings;
import org.argmap.pipeline.MapChecker;
import org.argmap.pipeline.MapSession;
import org.argmap.render.View;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.StubEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server over plain sockets, so that each request goes out byte for byte as written
 * (no client tidies a path up first): it listens on the loopback address only, serves its fixed
 * paths and nothing else, answers only to its own name, and takes a change of view only from its page.
 */
class PreviewServerTest {

    static final String MAP = """
            argmap: 1
            perspectives:
              left: {label: The left}
            statements:
              thesis:
                kind: thesis
                text: They will keep fighting separately.
              distrust:
                perspective: left
                text: Distrust runs too deep.
                supports: thesis
            """;

    @TempDir
    Path dir;

    private Path map;
    private PreviewServer server;
    private String host;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectory(dir.resolve(".git"));
        map = dir.resolve("a<b>&\"c\".yaml");
        Files.writeString(map, MAP);
        Files.writeString(dir.resolve("secret.txt"), "root:x:0:0 do not serve me");
        MapSession session = new MapSession(new MapChecker(CheckRequest.defaults()),
                new Drawings(StubEngine.selector(), EngineChoice.AUTO, () -> Deadline.NONE, Duration.ZERO));
        server = PreviewServer.start(session, map, new PreviewView(View.WHOLE, DiagramChoices.NONE), 0);
        host = "127.0.0.1:" + server.listening().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The whole response to {@code request}, sent as it is. */
    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(server.listening().getAddress(), server.listening().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String get(String rawPath) throws IOException {
        return exchange("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private String postView(String form, boolean fromPage) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return exchange("POST /view HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                + (fromPage ? "X-Argmap-Preview: 1\r\n" : "")
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n" + form);
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void listensOnTheLoopbackAddressOnlyAndSaysWhere() {
        assertTrue(server.listening().getAddress().isLoopbackAddress(), server.listening().toString());
        assertEquals("http://" + host + "/", server.address().toString());
    }

    @Test
    void servesThePageWithTheMapNameEscapedAndAStrictScriptPolicy() throws IOException {
        String page = get("/");
        assertEquals(200, status(page), page);
        assertTrue(page.contains("<title>a&lt;b&gt;&amp;&quot;c&quot;.yaml · argmap preview</title>"), page);
        assertFalse(page.contains("a<b>"), page);
        assertTrue(page.toLowerCase(java.util.Locale.ROOT).contains("content-security-policy: default-src 'none'; script-src 'self';"),
                page);
        assertEquals(200, status(get("/preview.js")));
        assertEquals(200, status(get("/preview.css")));
    }

    @Test
    void servesTheDiagramAndTheFindingsAsJson() throws IOException {
        String svg = get("/diagram.svg");
        assertEquals(200, status(svg), svg);
        assertTrue(svg.toLowerCase(java.util.Locale.ROOT).contains("content-type: image/svg+xml") && svg.contains("Distrust runs too deep."), svg);
        String state = get("/state.json");
        assertTrue(state.contains("\"fresh\":true") && state.contains("\"findings\":[]"), state);
        assertTrue(state.contains("{\"id\":\"left\",\"label\":\"The left\"}"), state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/secret.txt", "//secret.txt",
        "/preview.js/../../secret.txt", "/diagram.svg/..%2fsecret.txt", "/a%3Cb%3E%26%22c%22.yaml",
        "/..%2f..%2f..%2fetc%2fpasswd", "/state.json%00", "/org/argmap/preview/page.html"})
    void servesNothingElseFromTheDisk(String path) throws IOException {
        String response = get(path);
        assertTrue(status(response) == 404 || status(response) == 400, response);
        assertFalse(response.contains("root:x") || response.contains("do not serve") || response.contains("argmap: 1"),
                response);
    }

    @Test
    void answersOnlyToItsOwnName() throws IOException {
        String rebound = exchange("GET /state.json HTTP/1.1\r\nHost: attacker.example:" + server.listening().getPort()
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(403, status(rebound), rebound);
        assertFalse(rebound.contains("Distrust"), rebound);
        assertEquals(200, status(exchange("GET / HTTP/1.1\r\nHost: localhost:" + server.listening().getPort()
                + "\r\nConnection: close\r\n\r\n")));
    }

    @Test
    void theViewChangesOnlyAtThePagesRequestAndOnlyToWhatTheControlsOffer() throws IOException {
        assertEquals(403, status(postView("labels=title", false)));
        String changed = postView("labels=title&theme=dark&perspective=left&evaluate=on", true);
        assertEquals(200, status(changed), changed);
        assertTrue(changed.contains("\"labels\":\"title\"") && changed.contains("\"perspective\":\"left\""), changed);
        assertTrue(changed.contains("\"evaluation\":[{\"id\":\"thesis\""), changed);
        String refused = postView("theme=%3Cscript%3E", true);
        assertEquals(400, status(refused), refused);
        assertTrue(refused.contains("theme takes light, dark, print"), refused);
        assertEquals(405, status(exchange("DELETE / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")));
    }

    @Test
    void aBrokenMapKeepsItsDiagramAndTheStateSaysWhy() throws IOException {
        long good = server.current().lastGood().orElseThrow().generation();
        Files.writeString(map, MAP.replace("supports: thesis", "supports: thesys"));
        server.refresh();
        String state = get("/state.json");
        assertTrue(state.contains("\"fresh\":false") && state.contains("\"diagram\":" + good), state);
        assertTrue(state.contains("\"rule\":\"dangling-reference\"") && state.contains("\"line\":11,\"column\":15")
                && state.contains("\"source\":\"    supports: thesys\""), state);
        assertTrue(get("/diagram.svg").contains("Distrust runs too deep."));
    }

    @Test
    void eachRefreshIsAnEventOnTheStream() throws IOException {
        try (Socket socket = new Socket(server.listening().getAddress(), server.listening().getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            long first = server.current().generation();
            assertTrue(readUntil(in, "data: " + first));
            server.refresh();
            assertTrue(readUntil(in, "data: " + (first + 1)));
        }
    }

    private static boolean readUntil(BufferedReader in, String wanted) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.endsWith(wanted)) {
                return true;
            }
        }
        return false;
    }
}
