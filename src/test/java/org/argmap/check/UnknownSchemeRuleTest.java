package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownSchemeRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UnknownSchemeRule());

    private static String mapWithScheme(String scheme) {
        return """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  haley:
                    text: Haley said so.
                arguments:
                  from-haley:
                    kind: support
                    premises: [haley]
                    conclusion: thesis
                """ + (scheme == null ? "" : "    scheme: " + scheme + "\n");
    }

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("a catalogue id", mapWithScheme("expert-opinion")),
                arguments("another catalogue id", mapWithScheme("precedent")),
                arguments("no scheme at all", mapWithScheme(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void argumentNamingACatalogueSchemeOrNoneHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("misspelt id", mapWithScheme("expert-opnion"), List.of(at(13, 13,
                        "argument 'from-haley' names the scheme 'expert-opnion', which is not in the catalogue",
                        "did you mean 'expert-opinion' (Argument from expert opinion)?"))),
                arguments("the scheme's name instead of its id", mapWithScheme("Argument from expert opinion"),
                        List.of(at(13, 13, "did you mean 'expert-opinion'"))),
                arguments("free text that spells an id", mapWithScheme("argument from precedent"),
                        List.of(at(13, 13, "'argument from precedent'", "did you mean 'precedent'"))),
                arguments("free text close to nothing", mapWithScheme("argument from motive and opportunity"),
                        List.of(at(13, 13, "not in the catalogue", "no scheme in the catalogue is close"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void freeTextSchemeIsReportedAtTheText(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void withoutACatalogueNothingIsReported() {
        var map = new MapLoader().load("map.yaml", mapWithScheme("expert-opnion")).map().orElseThrow();
        assertEquals(List.of(), new UnknownSchemeRule().check(new CheckContext(map, Optional.empty())));
    }
}
