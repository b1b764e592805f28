package org.argmap.render.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * Reads and clears the "executable stack" request of a 64-bit ELF shared library: the
 * {@code PF_X} bit of its {@code PT_GNU_STACK} program header, as {@code execstack -c} does.
 *
 * <p>Why: J2V8's library asks for an executable stack although V8 does not need one. When such a
 * library is loaded after start-up, HotSpot prints "You have loaded library ... which might have
 * disabled stack guard" to the terminal, and newer glibc versions refuse to load it at all.
 */
final class ElfStackFlag {

    private static final int ELF_MAGIC = 0x464c457f;
    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;

    private ElfStackFlag() {
    }

    /** Whether the library asks for an executable stack. */
    static boolean requestsExecutableStack(FileChannel library) throws IOException {
        Optional<StackFlags> flags = find(library);
        return flags.isPresent() && (flags.get().value() & PF_X) != 0;
    }

    /**
     * Clears the request in place. A library without a {@code PT_GNU_STACK} header is left as it
     * is (the loader then assumes an executable stack; J2V8's library has the header).
     *
     * @return whether anything changed
     * @throws IOException if the file is not a 64-bit ELF file
     */
    static boolean clearExecutableStack(FileChannel library) throws IOException {
        Optional<StackFlags> found = find(library);
        if (found.isEmpty() || (found.get().value() & PF_X) == 0) {
            return false;
        }
        StackFlags flags = found.get();
        ByteBuffer cleared = ByteBuffer.allocate(4).order(flags.order()).putInt(0, flags.value() & ~PF_X);
        while (cleared.hasRemaining()) {
            library.write(cleared, flags.offset() + cleared.position());
        }
        return true;
    }

    /** The {@code p_flags} word of the {@code PT_GNU_STACK} program header, where it lies in the file. */
    private record StackFlags(long offset, int value, ByteOrder order) {
    }

    private static Optional<StackFlags> find(FileChannel library) throws IOException {
        ByteBuffer header = read(library, 0, 64, ByteOrder.LITTLE_ENDIAN);
        if (header.getInt(0) != ELF_MAGIC) {
            throw new IOException("not an ELF file");
        }
        if (header.get(4) != 2) {
            throw new IOException("not a 64-bit ELF file");
        }
        ByteOrder order = header.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        header.order(order);
        long tableOffset = header.getLong(0x20);
        int entrySize = Short.toUnsignedInt(header.getShort(0x36));
        int entryCount = Short.toUnsignedInt(header.getShort(0x38));
        if (entrySize < 8) {
            throw new IOException("malformed ELF program header table");
        }
        for (int i = 0; i < entryCount; i++) {
            ByteBuffer typeAndFlags = read(library, tableOffset + (long) i * entrySize, 8, order);
            if (typeAndFlags.getInt(0) == PT_GNU_STACK) {
                return Optional.of(new StackFlags(tableOffset + (long) i * entrySize + 4, typeAndFlags.getInt(4), order));
            }
        }
        return Optional.empty();
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length, ByteOrder order) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("ELF file ends early, at byte " + (offset + buffer.position()));
            }
        }
        return buffer;
    }
}
