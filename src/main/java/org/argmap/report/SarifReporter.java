package org.argmap.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.argmap.text.Sentences;

/**
 * The findings as a SARIF 2.1.0 log, for GitHub code scanning and SARIF viewers: one run whose
 * tool lists the whole rule catalogue (every rule, also those that found nothing or are off), and
 * one result per finding.
 *
 * <p>A finding's related locations (the other place of a duplicate id, each step of a support
 * cycle) become the result's {@code relatedLocations}, numbered from 1, each with its label as
 * its message; a finding without any has none.
 *
 * <p>A result's message is the finding's message, followed by {@code " (hint: ...)"} when it has
 * a hint. Its location is the finding's file as a URI reference: a relative path stays relative
 * (forward slashes, leading {@code ./} dropped, resolved against {@code %SRCROOT%}, the folder
 * argmap ran in), an absolute path becomes a {@code file:} URI; characters a URI may not hold are
 * percent-encoded as UTF-8. Lines and columns count from 1, columns in Unicode code points (the
 * run says so with {@code columnKind}), and {@code endColumn} is just past the span, as SARIF
 * defines it.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:/.*");
    // RFC 3986 path characters, less ':' (in a relative name's first segment it would read as a scheme)
    private static final String PATH_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=@/";

    private final String toolVersion;
    private final List<RuleInfo> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    /**
     * @param toolVersion argmap's version, e.g. {@code 0.1.0} or {@code development}
     * @param rules       the rule catalogue: every rule id a finding may carry, each once
     */
    public SarifReporter(String toolVersion, List<RuleInfo> rules) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            if (ruleIndex.putIfAbsent(this.rules.get(i).id(), i) != null) {
                throw new IllegalArgumentException("rule '" + this.rules.get(i).id() + "' is listed twice");
            }
        }
    }

    @Override
    public String report(CheckResults results) {
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "argmap");
        driver.put("version", toolVersion);
        ArrayNode descriptors = driver.putArray("rules");
        rules.forEach(rule -> descriptors.add(descriptor(rule)));
        // the loader counts columns in characters (code points), as YAML's parser does
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode resultArray = run.putArray("results");
        results.findings().forEach(finding -> resultArray.add(result(finding)));
        return Json.write(log);
    }

    private static ObjectNode descriptor(RuleInfo rule) {
        ObjectNode descriptor = Json.object();
        descriptor.put("id", rule.id());
        descriptor.putObject("shortDescription").put("text", rule.summary());
        descriptor.putObject("fullDescription").put("text", fullDescription(rule));
        descriptor.putObject("help").put("text", rule.help());
        ObjectNode configuration = descriptor.putObject("defaultConfiguration");
        // SARIF has no "off" level: a rule that does not run unless asked is "none" and disabled
        configuration.put("level", rule.enabledByDefault() ? level(rule.defaultSeverity()) : "none");
        if (!rule.enabledByDefault()) {
            configuration.put("enabled", false);
        }
        return descriptor;
    }

    private static String fullDescription(RuleInfo rule) {
        String summary = Sentences.capitalized(rule.summary());
        String severity = rule.defaultSeverity().word();
        String usage = rule.enabledByDefault()
                ? "Reported as " + article(severity) + " " + severity + " by default"
                : "Off by default; turn it on with --rule " + rule.id() + "=" + severity;
        return summary + ". " + usage + ".";
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private ObjectNode result(Diagnostic d) {
        ObjectNode result = Json.object();
        result.put("ruleId", d.rule());
        Integer index = ruleIndex.get(d.rule());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(d.severity()));
        result.putObject("message").put("text", d.message() + d.hint().map(h -> " (hint: " + h + ")").orElse(""));
        physicalLocation(result.putArray("locations").addObject(), d.location());
        if (!d.related().isEmpty()) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 0; i < d.related().size(); i++) {
                ObjectNode location = related.addObject();
                location.put("id", i + 1);
                physicalLocation(location, d.related().get(i).location());
                location.putObject("message").put("text", d.related().get(i).label());
            }
        }
        return result;
    }

    private static void physicalLocation(ObjectNode location, Location at) {
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        String uri = artifactUri(at.file());
        artifact.put("uri", uri);
        if (!uri.startsWith("file:")) {
            artifact.put("uriBaseId", SOURCE_ROOT);
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", at.line());
        region.put("startColumn", at.column());
        region.put("endLine", at.endLine());
        region.put("endColumn", at.endColumn());
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A file name as written in locations, as a URI reference: relative names stay relative,
     * absolute ones (Unix or Windows) become {@code file:} URIs.
     */
    static String artifactUri(String file) {
        String path = file.replace('\\', '/');
        if (path.startsWith("/")) {
            return "file://" + encode(path);
        }
        if (WINDOWS_DRIVE.matcher(path).matches()) {
            return "file:///" + path.substring(0, 2) + encode(path.substring(2));
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        return encode(path);
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && PATH_CHARACTERS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
