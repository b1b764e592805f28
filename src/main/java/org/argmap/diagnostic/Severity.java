package org.argmap.diagnostic;

import java.util.Locale;

/** How serious a finding is. Only {@link #ERROR} makes {@code check} fail (unless strict). */
public enum Severity {
    ERROR, WARNING, INFO;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
