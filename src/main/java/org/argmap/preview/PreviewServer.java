package org.argmap.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.argmap.diagnostic.PrintableText;
import org.argmap.pipeline.FileWatch;
import org.argmap.pipeline.MapSession;

/**
 * The live preview of one map: a web server on the loopback address only (127.0.0.1), serving a
 * page that shows the map's diagram, findings and evaluation, and tells the page through
 * server-sent events each time the map is checked and drawn again, on a save or when the page's
 * controls ask for another view. It drives a {@link MapSession}, as {@code watch} does.
 *
 * <p>It serves a fixed set of paths and nothing from the disk: the page and its script and style
 * (resources inside argmap), the map's last good diagram, the state as JSON, and the events
 * stream; anything else is 404. A request must name the server as {@code 127.0.0.1:PORT} or
 * {@code localhost:PORT} in its {@code Host} header, so a web page elsewhere cannot reach it
 * through a DNS name that it points at 127.0.0.1; a change of view must carry a header that no
 * plain form of another site can send. The page's content security policy allows only its own
 * script.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PAGE = "/";
    static final String SCRIPT = "/preview.js";
    static final String STYLE = "/preview.css";
    static final String DIAGRAM = "/diagram.svg";
    static final String STATE = "/state.json";
    static final String EVENTS = "/events";
    static final String VIEW = "/view";
    /** The header a change of view carries; a cross-site form cannot set it without the server's leave. */
    static final String VIEW_HEADER = "X-Argmap-Preview";

    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final long HEARTBEAT_SECONDS = 15;
    private static final int MAX_FORM_BYTES = 4096;

    private final MapSession session;
    private final Path map;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> resources;
    private final Set<String> hosts;
    private volatile PreviewView view;
    private volatile MapSession.Update current;

    private PreviewServer(MapSession session, Path map, PreviewView view, int port) throws IOException {
        this.session = Objects.requireNonNull(session, "session");
        this.map = Objects.requireNonNull(map, "map");
        this.view = Objects.requireNonNull(view, "view");
        this.resources = Map.of(SCRIPT, resource("preview.js"), STYLE, resource("preview.css"));
        this.current = session.update(map, request(view));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int bound = server.getAddress().getPort();
        this.hosts = Set.of(server.getAddress().getAddress().getHostAddress() + ":" + bound, "localhost:" + bound);
        AtomicInteger count = new AtomicInteger();
        this.handlers = Executors.newCachedThreadPool(task -> daemon(task, "argmap-preview-" + count.incrementAndGet()));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "argmap-preview-heartbeat"));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        heartbeat.scheduleAtFixedRate(() -> send(": still here\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Checks and draws the map once and starts serving it on the loopback address.
     *
     * @param port the port, or 0 for any free one ({@link #address} says which)
     * @throws IOException when the port cannot be had
     */
    public static PreviewServer start(MapSession session, Path map, PreviewView view, int port) throws IOException {
        return new PreviewServer(session, map, view, port);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("argmap is missing its resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MapSession.Request request(PreviewView view) {
        return MapSession.Request.drawing(view.view(), view.choices());
    }

    /** The page's address, e.g. {@code http://127.0.0.1:53127/}. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
    }

    /** The socket address the server listens on. */
    public InetSocketAddress listening() {
        return server.getAddress();
    }

    /** The newest update: the map's findings and its last good diagram. */
    public MapSession.Update current() {
        return current;
    }

    /** Checks and draws the map again, and tells every open page. */
    public synchronized MapSession.Update refresh() {
        current = session.update(map, request(view));
        send("event: update\ndata: " + current.generation() + "\n\n");
        return current;
    }

    /**
     * Refreshes after each burst of changes {@code watch} reports, until the thread is interrupted.
     *
     * @param changed called after each refresh, e.g. to print what it found
     */
    public void follow(FileWatch watch, java.util.function.Consumer<MapSession.Update> changed) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            watch.next();
            changed.accept(refresh());
        }
        throw new InterruptedException();
    }

    private synchronized void changeView(PreviewView chosen) {
        view = chosen;
        refresh();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean stream = false;
        try {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
            if (!hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                respond(exchange, 403, "text/plain", "argmap preview answers only as " + address() + "\n");
                return;
            }
            if (method.equals("POST") && path.equals(VIEW)) {
                changeView(exchange);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain", "method not allowed\n");
                return;
            }
            switch (path) {
                case PAGE -> respond(exchange, 200, "text/html", page());
                case SCRIPT -> respond(exchange, 200, "text/javascript", resources.get(SCRIPT));
                case STYLE -> respond(exchange, 200, "text/css", resources.get(STYLE));
                case STATE -> respond(exchange, 200, "application/json", PreviewState.json(current, view));
                case DIAGRAM -> diagram(exchange);
                case EVENTS -> {
                    listen(exchange);
                    stream = true; // stays open; closed when the page goes or the server stops
                }
                default -> respond(exchange, 404, "text/plain", "not found\n");
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, "text/plain", "argmap: internal error\n");
        } finally {
            if (!stream) {
                exchange.close();
            }
        }
    }

    private void changeView(HttpExchange exchange) throws IOException {
        if (!"1".equals(exchange.getRequestHeaders().getFirst(VIEW_HEADER))) {
            respond(exchange, 403, "text/plain", "a change of view comes from the preview page only\n");
            return;
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_FORM_BYTES + 1);
        if (body.length > MAX_FORM_BYTES) {
            respond(exchange, 413, "text/plain", "too long\n");
            return;
        }
        try {
            changeView(PreviewView.fromForm(new String(body, StandardCharsets.UTF_8)));
        } catch (PreviewView.Refused e) {
            respond(exchange, 400, "text/plain", PrintableText.line(e.getMessage()) + "\n");
            return;
        }
        respond(exchange, 200, "application/json", PreviewState.json(current, view));
    }

    private void diagram(HttpExchange exchange) throws IOException {
        Optional<String> svg = current.lastGood().flatMap(MapSession.Drawn::svg);
        if (svg.isEmpty()) {
            respond(exchange, 404, "text/plain", "no diagram yet: the map has not been drawn without errors\n");
        } else {
            respond(exchange, 200, "image/svg+xml", svg.get());
        }
    }

    private String page() {
        String name = map.getFileName() == null ? map.toString() : map.getFileName().toString();
        return new String(resource("page.html"), StandardCharsets.UTF_8)
                .replace("{{map}}", escape(PrintableText.line(name)));
    }

    /** Text made safe for HTML's text and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append((char) c);
            }
        });
        return out.toString();
    }

    private void listen(HttpExchange exchange) throws IOException {
        headers(exchange, "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        stream.write(("retry: 500\nevent: update\ndata: " + current.generation() + "\n\n").getBytes(StandardCharsets.UTF_8));
        stream.flush();
        listeners.add(stream);
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : listeners) {
            try {
                stream.write(bytes);
                stream.flush();
            } catch (IOException e) {
                listeners.remove(stream); // the page went away
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", SECURITY_POLICY);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        respond(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        headers(exchange, type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        listeners.forEach(stream -> {
            try {
                stream.close();
            } catch (IOException e) {
                // already gone
            }
        });
        server.stop(0);
        handlers.shutdownNow();
    }
}
