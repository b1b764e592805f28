package org.argmap.archprobe.a;

import org.argmap.archprobe.b.CycleEnd;

/** A probe for ArchitectureProbeTest: one end of a cycle between two packages. Never run. */
public final class CycleStart {
    private CycleStart() {
    }

    static Class<?> other() {
        return CycleEnd.class;
    }
}
