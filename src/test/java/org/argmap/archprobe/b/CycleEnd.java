package org.argmap.archprobe.b;

import org.argmap.archprobe.a.CycleStart;

/** A probe for ArchitectureProbeTest: the other end of the cycle. Never run. */
public final class CycleEnd {
    private CycleEnd() {
    }

    static Class<?> other() {
        return CycleStart.class;
    }
}
