package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/schemes.md is made from the catalogue the code reads ({@link BuiltInSchemes#RESOURCE}), so
 * the page and what argmap knows cannot disagree: this test makes the page afresh and compares it
 * with the file. After changing the catalogue, rerun with {@code -Dargmap.updateGolden=true} (the
 * property that refreshes every generated file) and review the diff.
 */
class SchemesDocTest {

    private static final Path DOC = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve(Path.of("docs", "schemes.md"));
    private static final String UPDATE_PROPERTY = "argmap.updateGolden";

    @BeforeAll
    static void rewriteTheDocumentWhenAsked() throws IOException {
        // before either test, so that reading the page back sees the page just written
        if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY))) {
            Files.writeString(DOC, markdown(BuiltInSchemes.catalogue()), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDocumentIsTheCatalogue() throws IOException {
        String expected = markdown(BuiltInSchemes.catalogue());
        if (!Files.exists(DOC)) {
            fail("no " + DOC + "; make it with -D" + UPDATE_PROPERTY + "=true");
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/schemes.md differs from " + BuiltInSchemes.RESOURCE + "; rerun with -D" + UPDATE_PROPERTY
                        + "=true and review the diff");
    }

    @Test
    void everyQuestionOnThePageIsOneTheCodeKnows() throws IOException {
        // read back from the page, not from the generator: a hand edit to the page shows up here too
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher section = Pattern.compile("(?m)^## .*\\n\\nId: `([a-z0-9-]+)`").matcher(doc);
        int schemes = 0;
        while (section.find()) {
            Scheme scheme = BuiltInSchemes.catalogue().find(section.group(1)).orElseThrow(
                    () -> new AssertionError("docs/schemes.md names a scheme the catalogue lacks: " + section.group(1)));
            schemes++;
            int end = doc.indexOf("\n## ", section.end());
            String body = doc.substring(section.end(), end < 0 ? doc.length() : end);
            Matcher question = Pattern.compile("(?m)^\\d+\\. `([a-z0-9-]+)`: (.*)$").matcher(body);
            int questions = 0;
            while (question.find()) {
                assertEquals(scheme.question(question.group(1)).orElseThrow().asks(), question.group(2));
                questions++;
            }
            assertEquals(scheme.questions().size(), questions, scheme.id());
        }
        assertEquals(BuiltInSchemes.catalogue().schemes().size(), schemes);
        assertTrue(schemes >= 19);
    }

    /** The page: what a scheme is for, an index, then one section per scheme in catalogue order. */
    static String markdown(SchemeCatalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append("# Argumentation schemes\n\n");
        out.append("<!-- Generated from src/main/resources").append(BuiltInSchemes.RESOURCE)
                .append(" by SchemesDocTest; edit that file, not this one. -->\n\n");
        out.append("""
                An argumentation scheme is a familiar pattern of inference: reasoning from what an expert \
                says, from an earlier case, from a sign. Each pattern comes with critical questions: the \
                doubts that, when raised and not answered, leave the inference unsupported. argmap ships \
                the catalogue below; an argument names a scheme by its id, for example \
                `scheme: expert-opinion`. The names, premise roles and questions are argmap's own \
                wording.

                A statement that attacks such an argument names the question it raises, and one that \
                supports it the question it settles, with `question: <id>` \
                ([format.md](format.md#critical-questions)); `argmap questions` prints each argument's \
                questions as a worksheet. A repository adds schemes of its own under `schemes:` in its \
                `argmap.yaml` ([configuration.md](configuration.md#a-repositorys-own-schemes)).

                """);
        out.append("| id | scheme | questions |\n|---|---|---|\n");
        for (Scheme scheme : catalogue.schemes()) {
            out.append("| `").append(scheme.id()).append("` | ").append(scheme.name()).append(" | ")
                    .append(scheme.questions().size()).append(" |\n");
        }
        for (Scheme scheme : catalogue.schemes()) {
            out.append("\n## ").append(scheme.name()).append("\n\n");
            out.append("Id: `").append(scheme.id()).append("`\n\n");
            out.append("Premises:\n\n");
            for (Scheme.PremiseRole role : scheme.premises()) {
                out.append("- *").append(role.role()).append("*: ").append(role.says()).append('\n');
            }
            out.append("\nConclusion: ").append(scheme.conclusion()).append('\n');
            out.append("\nCritical questions:\n\n");
            int n = 1;
            for (Scheme.CriticalQuestion question : scheme.questions()) {
                out.append(n++).append(". `").append(question.id()).append("`: ").append(question.asks()).append('\n');
            }
        }
        return out.toString();
    }
}
