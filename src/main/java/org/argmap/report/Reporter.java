package org.argmap.report;

/**
 * One output format of {@code argmap check}. A reporter turns the findings of one run into the
 * whole text printed on standard output, ending with a line break; it prints nothing itself, so
 * the command decides where the text goes. Adding a format is one class implementing this.
 */
public interface Reporter {

    /** Everything this format prints for the run, ending with a line break. */
    String report(CheckResults results);
}
