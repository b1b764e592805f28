package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

/** The Argdown text itself; that Argdown reads it back unchanged is ArgdownRoundTripTest's job (it needs the CLI). */
class ArgdownWriterTest {

    @Test
    void escapesWhatArgdownWouldReadAsSyntax() {
        assertEquals("https:\\//x.org/a\\_b", ArgdownWriter.escape("https://x.org/a_b"));
        assertEquals("\\*bold\\* \\_it\\_ \\#tag \\@me \\[T\\] \\<A\\> \\{d\\} a\\\\b",
                ArgdownWriter.escape("*bold* _it_ #tag @me [T] <A> {d} a\\b"));
        assertEquals("\\:smile: \\.~. 3\\.14.15 a/b end.", ArgdownWriter.escape(":smile: .~. 3.14.15 a/b end."));
        assertEquals("\\/\\* not a comment \\*/", ArgdownWriter.escape("/* not a comment */"));
        assertEquals("two lines", ArgdownWriter.escape("two\n\tlines"));
    }

    @Test
    void declaresLooseModeAndWritesRelationsUnderTheirStatement() {
        ArgumentMap map = new MapLoader().load("m.yaml", """
                argmap: 1
                statements:
                  t: {kind: thesis, text: The thesis.}
                  p: {text: "A #reason.", supports: t, weight: 0.75}
                  q: {text: Against., attacks: t}
                """).map().orElseThrow();
        String argdown = ArgdownWriter.write(map);
        assertTrue(argdown.startsWith("===\nmodel:\n    mode: loose\nargmap: {\"version\": 1, "), argdown);
        assertTrue(argdown.contains("""
                [p]: A \\#reason. {"argmap": {"weight": 0.75}}
                  +> [t]
                """), argdown);
        assertTrue(argdown.contains("[q]: Against.\n  -> [t]\n"), argdown);
    }
}
