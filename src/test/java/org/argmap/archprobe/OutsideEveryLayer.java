package org.argmap.archprobe;

import org.argmap.cli.Main;

/** A probe for ArchitectureProbeTest: a package no layer declares, reaching into the command line. Never run. */
public final class OutsideEveryLayer {
    private OutsideEveryLayer() {
    }

    static void probe() {
        Main.main(new String[0]);
    }
}
