package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElfStackFlagTest {

    private static final int PT_LOAD = 1;
    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int RWX = 7;
    private static final int PROGRAM_HEADERS_AT = 64;
    private static final int PROGRAM_HEADER_SIZE = 56;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void executableStackRequestIsClearedAndNothingElseChanges(boolean bigEndian) throws IOException {
        byte[] original = elf64(bigEndian, new int[][] {{PT_LOAD, 5}, {PT_GNU_STACK, RWX}});
        Path file = write(original);

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            assertTrue(ElfStackFlag.requestsExecutableStack(channel));
            assertTrue(ElfStackFlag.clearExecutableStack(channel));
            assertFalse(ElfStackFlag.requestsExecutableStack(channel));
        }

        byte[] patched = Files.readAllBytes(file);
        int flagsOffset = PROGRAM_HEADERS_AT + PROGRAM_HEADER_SIZE + 4;
        ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        assertEquals(RWX & ~1, ByteBuffer.wrap(patched).order(order).getInt(flagsOffset));
        patched[bigEndian ? flagsOffset + 3 : flagsOffset] = original[bigEndian ? flagsOffset + 3 : flagsOffset];
        assertArrayEquals(original, patched, "only the flags byte may change");
    }

    @Test
    void clearingTwiceChangesNothingTheSecondTime() throws IOException {
        Path file = write(elf64(false, new int[][] {{PT_GNU_STACK, RWX}}));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            assertTrue(ElfStackFlag.clearExecutableStack(channel));
            assertFalse(ElfStackFlag.clearExecutableStack(channel));
        }
    }

    @Test
    void libraryWithoutStackHeaderIsLeftAlone() throws IOException {
        byte[] original = elf64(false, new int[][] {{PT_LOAD, RWX}});
        Path file = write(original);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            assertFalse(ElfStackFlag.requestsExecutableStack(channel));
            assertFalse(ElfStackFlag.clearExecutableStack(channel));
        }
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void nonElfAnd32BitFilesAreRejected() throws IOException {
        byte[] thirtyTwoBit = elf64(false, new int[][] {{PT_GNU_STACK, RWX}});
        thirtyTwoBit[4] = 1;
        for (byte[] content : new byte[][] {new byte[100], thirtyTwoBit}) {
            Path file = write(content);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                assertThrows(IOException.class, () -> ElfStackFlag.clearExecutableStack(channel));
            }
        }
    }

    @Test
    void truncatedProgramHeaderTableIsRejected() throws IOException {
        byte[] whole = elf64(false, new int[][] {{PT_LOAD, 5}, {PT_GNU_STACK, RWX}});
        Path file = write(java.util.Arrays.copyOf(whole, PROGRAM_HEADERS_AT + PROGRAM_HEADER_SIZE + 2));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertThrows(IOException.class, () -> ElfStackFlag.requestsExecutableStack(channel));
        }
    }

    /** A minimal 64-bit ELF header followed by program headers of the given {type, flags}. */
    private static byte[] elf64(boolean bigEndian, int[][] programHeaders) {
        ByteBuffer elf = ByteBuffer.allocate(PROGRAM_HEADERS_AT + programHeaders.length * PROGRAM_HEADER_SIZE)
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, (byte) (bigEndian ? 2 : 1), 1});
        elf.putShort(0x10, (short) 3);
        elf.putLong(0x20, PROGRAM_HEADERS_AT);
        elf.putShort(0x36, (short) PROGRAM_HEADER_SIZE);
        elf.putShort(0x38, (short) programHeaders.length);
        for (int i = 0; i < programHeaders.length; i++) {
            int at = PROGRAM_HEADERS_AT + i * PROGRAM_HEADER_SIZE;
            elf.putInt(at, programHeaders[i][0]);
            elf.putInt(at + 4, programHeaders[i][1]);
            elf.putLong(at + 48, 16);
        }
        return elf.array();
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(temp, "lib", ".so"), content);
    }
}
