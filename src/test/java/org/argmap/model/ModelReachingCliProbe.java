package org.argmap.model;

import org.argmap.cli.Main;

/** A probe for ArchitectureProbeTest: a model class that calls the command line. Never run. */
public final class ModelReachingCliProbe {
    private ModelReachingCliProbe() {
    }

    static void probe() {
        Main.main(new String[0]);
    }
}
