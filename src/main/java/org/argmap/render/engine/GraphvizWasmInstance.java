package org.argmap.render.engine;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.Import;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.render.engine.wasm.GraphvizWasm;

/**
 * One WebAssembly instance of Graphviz ({@code @viz-js/viz}'s {@code lib/backend.js}, compiled by
 * Chicory into {@link GraphvizWasm} at build time), good for one render.
 *
 * <p>The module is an Emscripten build: it imports 25 functions from module "a" under minified
 * names and exports its own under minified names too. The tables below are read off
 * {@code wasmImports} and {@code assignWasmExports} in {@code backend.js} 3.31.0 and must be read
 * again when the package version changes (the tests fail if an export is missing or renamed
 * differently). Only what Graphviz uses while it lays out and draws SVG does real work:
 *
 * <ul>
 *   <li>the environment is empty, and there are no files: opening anything fails with ENOENT, so
 *       a map can make Graphviz read nothing from the disk;
 *   <li>random bytes come from a fixed sequence, so the same DOT gives the same bytes every time
 *       (Graphviz uses them for hash seeds, not for the layout);
 *   <li>Graphviz's own error reporting ({@code viz_errorf}) is collected: it becomes the message
 *       of a {@link RenderException} when the render fails, and the {@link Drawing}'s warnings
 *       when it succeeds; text written to stdout or stderr is collected alike;
 *   <li>the heap grows with {@code memory.grow}, by the same rule as Emscripten's JavaScript glue.
 * </ul>
 */
final class GraphvizWasmInstance {

    static final String GRAPHVIZ_VERSION = "16.1.0";
    static final String VIZ_JS_VERSION = "3.31.0";

    private static final String IMPORT_MODULE = "a";

    // exports of backend.js 3.31.0, from assignWasmExports
    private static final String CALL_CONSTRUCTORS = "A";
    private static final String SET_Y_INVERT = "B";
    private static final String SET_REDUCE = "C";
    private static final String MALLOC = "F";
    private static final String READ_ONE_GRAPH = "I";
    private static final String CREATE_CONTEXT = "V";
    private static final String LAYOUT = "X";
    private static final String RESET_ERRORS = "Z";
    private static final String RENDER = "_";

    // errno values of Emscripten's libc; system calls return them negated, WASI calls as they are
    private static final int EBADF = 8;
    private static final int ENOENT = 44;
    private static final int ENOSYS = 52;
    private static final int ENOTTY = 59;

    /** Emscripten's default maximum heap, and the most the glue would ever ask for. */
    private static final long HEAP_MAX = 2L * 1024 * 1024 * 1024;
    private static final int PAGE = 65536;

    /** An instance whose heap has grown past this is not reused: keeping it would keep its memory. */
    static final int MAX_REUSED_HEAP_BYTES = 64 * 1024 * 1024;
    private static final long RANDOM_SEED = 0x6172676d6170L;

    private final Instance instance;
    private final Messages messages;
    private final AtomicReference<SplittableRandom> random;
    /** The heap and the globals just after the constructors ran, which {@link #reset} puts back. */
    private final byte[] heapAtStart;
    private final long[] globalsAtStart;

    private GraphvizWasmInstance(Instance instance, Messages messages, AtomicReference<SplittableRandom> random,
            boolean reusable) {
        this.instance = instance;
        this.messages = messages;
        this.random = random;
        Memory memory = instance.memory();
        this.heapAtStart = reusable ? memory.readBytes(0, memory.pages() * PAGE) : null;
        int globals = instance.module().globalSection().globalCount();
        this.globalsAtStart = new long[globals];
        for (int i = 0; i < globals; i++) {
            globalsAtStart[i] = instance.global(i).getValue();
        }
    }

    /**
     * Puts the instance back as {@link #create} left it, for another render: the heap's bytes
     * (Graphviz's counters, its allocator, everything C keeps lives there), the globals (the
     * stack pointer), the fixed random sequence and the collected messages. Copying the heap back
     * takes a few milliseconds where a new instance takes 15 or more. The heap keeps the size it
     * grew to, zeroed past its start, which C cannot tell from a heap it was given.
     *
     * @return false if the instance was made for one use ({@link #create(boolean)}) or its heap
     *         has grown past {@link #MAX_REUSED_HEAP_BYTES}: drop it
     */
    boolean reset() {
        Memory memory = instance.memory();
        long size = (long) memory.pages() * PAGE;
        if (heapAtStart == null || size > MAX_REUSED_HEAP_BYTES) {
            return false;
        }
        memory.write(0, heapAtStart);
        if (size > heapAtStart.length) {
            memory.fill((byte) 0, heapAtStart.length, (int) size);
        }
        for (int i = 0; i < globalsAtStart.length; i++) {
            instance.global(i).setValue(globalsAtStart[i]);
        }
        random.set(new SplittableRandom(RANDOM_SEED));
        messages.clear();
        return true;
    }

    /** The WebAssembly heap, for tests that look at or grow it. */
    Memory heap() {
        return instance.memory();
    }

    /** A fresh instance that can be {@link #reset} and used again. */
    static GraphvizWasmInstance create() {
        return create(true);
    }

    /**
     * A fresh instance, its C++ constructors run, ready for {@link #render}.
     *
     * @param reusable whether to keep a copy of the new heap (16 MB) for {@link #reset}; an
     *                 instance for a process's first drawing does without, since most processes
     *                 draw one map, and copying the heap there cost about 50 ms and 15 MB
     */
    static GraphvizWasmInstance create(boolean reusable) {
        Messages messages = new Messages();
        AtomicReference<SplittableRandom> random = new AtomicReference<>(new SplittableRandom(RANDOM_SEED));
        WasmModule module = GraphvizWasm.load();
        Instance instance = Instance.builder(module)
                .withMachineFactory(GraphvizWasm::create)
                // a byte[] heap instead of Chicory's default ByteBuffer: the same bytes out, and
                // measured 24 % faster on a 2,000-statement map (8.8 s to 6.7 s whole process),
                // 15 % on 100 small maps
                .withMemoryFactory(ByteArrayMemory::new)
                .withImportValues(imports(module, messages, random))
                .build();
        instance.export(CALL_CONSTRUCTORS).apply();
        return new GraphvizWasmInstance(instance, messages, random, reusable);
    }

    /**
     * Lays out {@code dot} with the dot layout and returns SVG with Graphviz's warnings, calling
     * Graphviz in the order {@code @viz-js/viz}'s own wrapper does. Use once per instance, or
     * once after each {@link #reset}: Graphviz's counters carry over. Nothing is freed, since the
     * heap is put back or dropped afterwards; an instance whose render failed or was interrupted is
     * dropped, never reset, so nothing calls into an instance in an unknown state.
     */
    Drawing render(String dot) {
        try {
            int graph = call(READ_ONE_GRAPH, newCString(dot));
            if (graph == 0) {
                throw failure("could not read the DOT");
            }
            call(SET_Y_INVERT, 0);
            call(SET_REDUCE, 0);
            int context = call(CREATE_CONTEXT);
            call(RESET_ERRORS);
            if (call(LAYOUT, context, graph, newCString("dot")) != 0) {
                throw failure("could not lay out the map");
            }
            int svg = call(RENDER, context, graph, newCString("svg"));
            if (svg == 0) {
                throw failure("could not draw the map");
            }
            return new Drawing(instance.memory().readCString(svg, StandardCharsets.UTF_8), messages.warnings());
        } catch (RuntimeException e) {
            GraphvizExit exit = causeOfType(e, GraphvizExit.class);
            if (exit != null) {
                throw failure("stopped with exit status " + exit.status);
            }
            RenderException reported = causeOfType(e, RenderException.class);
            throw reported != null ? reported : e;
        }
    }

    /** Exceptions thrown by host functions may reach here wrapped by the runtime. */
    static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private RenderException failure(String what) {
        String said = messages.text();
        return new RenderException("Graphviz (embedded) " + what
                + (said.isEmpty() ? " and gave no reason; try --engine native or -f dot to see the DOT" : ": " + said));
    }

    private int newCString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int address = call(MALLOC, bytes.length + 1);
        if (address == 0) {
            throw new RenderException("Graphviz (embedded) ran out of memory for a DOT text of " + bytes.length + " bytes");
        }
        instance.memory().write(address, bytes);
        instance.memory().writeByte(address + bytes.length, (byte) 0);
        return address;
    }

    private int call(String export, long... arguments) {
        ExportFunction function = instance.export(export);
        long[] result = function.apply(arguments);
        return result == null || result.length == 0 ? 0 : (int) result[0];
    }

    /** Graphviz's messages, in the pieces {@code viz_errorf} and the standard streams deliver them. */
    static final class Messages {
        private static final String NO_WIDTH = "no value for width of non-ASCII character";

        private final List<String> agerr = new ArrayList<>();
        private final StringBuilder streams = new StringBuilder();

        void clear() {
            agerr.clear();
            streams.setLength(0);
        }

        void addAgerr(String piece) {
            agerr.add(piece);
        }

        void addStream(String text) {
            streams.append(text);
        }

        /**
         * Each message once, in the order first given, "Error: ..." or "Warning: ...". Graphviz
         * sends a message as a level ("Error", "Warning"), then ": ", then the text, possibly in
         * several pieces; it repeats a warning for every node it applies to.
         */
        List<String> lines() {
            List<String> messages = new ArrayList<>();
            StringBuilder current = null;
            for (int i = 0; i < agerr.size(); i++) {
                String piece = agerr.get(i);
                boolean level = (piece.equals("Error") || piece.equals("Warning"))
                        && i + 1 < agerr.size() && agerr.get(i + 1).equals(": ");
                if (level) {
                    if (current != null) {
                        messages.add(current.toString());
                    }
                    current = new StringBuilder(piece).append(": ");
                    i++;
                    // some messages name their level in their own text too: "Warning: Warning: ..."
                    if (i + 1 < agerr.size() && agerr.get(i + 1).startsWith(current.toString())) {
                        current.setLength(0);
                    }
                } else if (current == null) {
                    current = new StringBuilder(piece);
                } else {
                    current.append(piece);
                }
            }
            if (current != null) {
                messages.add(current.toString());
            }
            // a message may run over several lines ("in label of node a" on the last): one line each
            return Stream.concat(messages.stream().map(message -> message.lines().map(String::strip)
                                    .filter(line -> !line.isEmpty()).collect(Collectors.joining(" "))),
                            streams.toString().lines().map(String::strip))
                    .filter(line -> !line.isEmpty())
                    .distinct()
                    .toList();
        }

        /** Every message in one line, for the reason of a failure. */
        String text() {
            return String.join("; ", lines());
        }

        /**
         * The messages of a render that succeeded: warnings, without the "Warning: " in front.
         *
         * <p>Left out: that a non-ASCII character has no width. This engine has no fonts, so it
         * says so for every map with a curly quote, an accent or argmap's own "·" separator, and
         * names a UTF-8 byte rather than the character; the user can do nothing about it in the
         * map. What the estimate does to box sizes is in docs/diagrams.md ("Box sizes"), with
         * {@code --engine native} as the way to measure real fonts. A failure's reason keeps it.
         */
        List<String> warnings() {
            return Drawing.warnings(lines().stream()).stream()
                    .filter(warning -> !warning.startsWith(NO_WIDTH))
                    .toList();
        }
    }

    /** Graphviz called {@code exit}: the instance cannot go on. */
    private static final class GraphvizExit extends RuntimeException {
        final int status;

        GraphvizExit(int status) {
            super("exit(" + status + ")", null, false, false);
            this.status = status;
        }
    }

    private static ImportValues imports(WasmModule module, Messages messages, AtomicReference<SplittableRandom> random) {
        Map<String, WasmFunctionHandle> handlers = Map.ofEntries(
                Map.entry("a", (instance, args) -> { // __assert_fail(condition, file, line, function)
                    Memory memory = instance.memory();
                    throw new RenderException("Graphviz (embedded) failed an internal check: "
                            + memory.readCString((int) args[0]) + " at " + memory.readCString((int) args[1])
                            + ":" + args[2] + " in " + memory.readCString((int) args[3]));
                }),
                Map.entry("b", (instance, args) -> { // __cxa_throw
                    throw new RenderException("Graphviz (embedded) raised a C++ exception it could not handle");
                }),
                Map.entry("y", (instance, args) -> result(-ENOENT)), // __syscall_faccessat
                Map.entry("f", (instance, args) -> result(-EBADF)), // __syscall_fcntl64
                Map.entry("w", (instance, args) -> result(-EBADF)), // __syscall_fstat64
                Map.entry("j", (instance, args) -> result(-ENOTTY)), // __syscall_ioctl
                Map.entry("v", (instance, args) -> result(-ENOENT)), // __syscall_newfstatat
                Map.entry("l", (instance, args) -> result(-ENOENT)), // __syscall_openat
                Map.entry("h", (instance, args) -> { // _abort_js
                    throw new RenderException("Graphviz (embedded) aborted");
                }),
                Map.entry("o", (instance, args) -> { // _localtime_js(time, tm): Thursday 1 January 1970, UTC
                    int tm = (int) args[1];
                    for (int field = 0; field < 11; field++) {
                        instance.memory().writeI32(tm + 4 * field, 0);
                    }
                    instance.memory().writeI32(tm + 12, 1); // tm_mday
                    instance.memory().writeI32(tm + 20, 70); // tm_year
                    instance.memory().writeI32(tm + 24, 4); // tm_wday
                    return null;
                }),
                Map.entry("m", (instance, args) -> result(-ENOSYS)), // _mmap_js
                Map.entry("n", (instance, args) -> result(-ENOSYS)), // _munmap_js
                Map.entry("q", (instance, args) -> null), // _tzset_js
                Map.entry("x", (instance, args) -> { // _clock_time_get(id, precision, time): a fixed time
                    instance.memory().writeLong((int) args[2], 0L);
                    return result(0);
                }),
                Map.entry("g", (instance, args) -> new long[] {Double.doubleToRawLongBits(0.0)}), // _emscripten_date_now
                Map.entry("k", (instance, args) -> result(resizeHeap(instance.memory(), args[0] & 0xFFFFFFFFL) ? 1 : 0)),
                Map.entry("s", (instance, args) -> result(0)), // _environ_get: nothing to copy
                Map.entry("t", (instance, args) -> { // _environ_sizes_get: no variables, no bytes
                    instance.memory().writeI32((int) args[0], 0);
                    instance.memory().writeI32((int) args[1], 0);
                    return result(0);
                }),
                Map.entry("c", (instance, args) -> { // _exit
                    throw new GraphvizExit((int) args[0]);
                }),
                Map.entry("e", (instance, args) -> result(EBADF)), // _fd_close
                Map.entry("i", (instance, args) -> result(EBADF)), // _fd_read
                Map.entry("r", (instance, args) -> result(EBADF)), // _fd_seek
                Map.entry("d", (instance, args) -> fdWrite(instance.memory(), args, messages)),
                Map.entry("u", (instance, args) -> { // _random_get(buffer, size)
                    byte[] bytes = new byte[(int) args[1]];
                    random.get().nextBytes(bytes);
                    instance.memory().write((int) args[0], bytes);
                    return result(0);
                }),
                Map.entry("p", (instance, args) -> { // viz_errorf(text)
                    messages.addAgerr(instance.memory().readCString((int) args[0], StandardCharsets.UTF_8));
                    return result(0);
                }));

        List<ImportFunction> functions = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import declared = module.importSection().getImport(i);
            WasmFunctionHandle handler = handlers.get(declared.name());
            if (!(declared instanceof FunctionImport function) || !declared.module().equals(IMPORT_MODULE) || handler == null) {
                throw new IllegalStateException("the Graphviz WebAssembly module imports " + declared
                        + ", which this build does not provide");
            }
            functions.add(new HostFunction(IMPORT_MODULE, declared.name(),
                    module.typeSection().getType(function.typeIndex()), handler));
        }
        return ImportValues.builder().withFunctions(functions).build();
    }

    private static long[] result(int value) {
        return new long[] {value};
    }

    /** {@code fd_write(fd, iovs, count, written)}: stdout and stderr are collected, nothing else is open. */
    private static long[] fdWrite(Memory memory, long[] args, Messages messages) {
        int fd = (int) args[0];
        if (fd != 1 && fd != 2) {
            return result(EBADF);
        }
        int iovs = (int) args[1];
        int total = 0;
        for (int k = 0; k < (int) args[2]; k++) {
            int base = memory.readInt(iovs + 8 * k);
            int length = memory.readInt(iovs + 8 * k + 4);
            messages.addStream(new String(memory.readBytes(base, length), StandardCharsets.UTF_8));
            total += length;
        }
        memory.writeI32((int) args[3], total);
        return result(0);
    }

    /**
     * Emscripten's rule: grow to at least the request, preferring 20 % over the current size
     * (then 10 %, then 5 %) but never more than 96 MiB past the request, in whole pages.
     */
    private static boolean resizeHeap(Memory memory, long requested) {
        long old = (long) memory.pages() * PAGE;
        if (requested > HEAP_MAX) {
            return false;
        }
        for (int cutDown = 1; cutDown <= 4; cutDown *= 2) {
            long overGrown = Math.min((long) (old * (1 + 0.2 / cutDown)), requested + 100_663_296L);
            long size = Math.min(HEAP_MAX, alignUp(Math.max(requested, overGrown)));
            int pages = (int) ((size - old + PAGE - 1) / PAGE);
            if (memory.grow(pages) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static long alignUp(long bytes) {
        return (bytes + PAGE - 1) / PAGE * PAGE;
    }
}
