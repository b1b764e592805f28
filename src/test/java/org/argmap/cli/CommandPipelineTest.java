package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.pipeline.MapFiles;
import org.argmap.pipeline.PipelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line makes of the pipeline's answers: lines on the error stream and exit statuses. */
class CommandPipelineTest {

    @TempDir
    Path dir;

    @Test
    void whatTheScanLeftOutIsToldOnTheErrorStream() {
        MapFiles.Found found = new MapFiles.Found(List.of(Path.of("a.yaml")),
                List.of("cannot read the folder b: permission denied; the maps in it are not checked"),
                List.of(Path.of("ci.yml")), List.of("c.yaml: it is a named pipe, not a regular file"));
        StringWriter err = new StringWriter();
        CommandPipeline.report(found, new PrintWriter(err));
        assertEquals("""
                argmap: cannot read the folder b: permission denied; the maps in it are not checked
                note: skipped c.yaml: it is a named pipe, not a regular file
                note: skipped 1 YAML file without a top-level 'argmap:' key: ci.yml
                """, err.toString());
    }

    @Test
    void aScanThatLeftSomethingUnreadExitsTwoWhateverTheFindings() {
        MapFiles.Found partial = new MapFiles.Found(List.of(Path.of("a.yaml")), List.of("cannot read b"), List.of(), List.of());
        assertEquals(ExitStatus.CANNOT_RUN, CommandPipeline.exitStatus(partial, ExitStatus.CLEAN));
        assertEquals(ExitStatus.CANNOT_RUN, CommandPipeline.exitStatus(partial, ExitStatus.FINDINGS));
        MapFiles.Found complete = new MapFiles.Found(List.of(Path.of("a.yaml")), List.of(), List.of(), List.of());
        assertEquals(ExitStatus.FINDINGS, CommandPipeline.exitStatus(complete, ExitStatus.FINDINGS));
    }

    @Test
    void aFolderWhoseEveryPartIsUnreadableBecomesAFailureThatListsTheReasonsFirst() throws IOException {
        Files.createDirectories(dir.resolve("locked"));
        Files.writeString(dir.resolve("locked/one.yaml"), "argmap: 1\n");
        PipelineException e = assertThrows(PipelineException.class, () -> MapFiles.expand(List.of(dir), folder -> {
            throw new AccessDeniedException(folder.toString());
        }));
        CommandFailure failure = CommandFailure.of(e);
        assertEquals("no map could be read", failure.getMessage());
        assertEquals("check the folders' permissions", failure.hint().orElseThrow());
        assertEquals("argmap: cannot read the folder " + dir + ": permission denied; the maps in it are not checked\n",
                failure.details().orElseThrow());
    }
}
