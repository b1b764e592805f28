package org.argmap.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ArgmapCommand.class.getPackage().getImplementationVersion();
        return new String[] {"argmap " + (version == null ? "(development build)" : version),
            "map format version 1"};
    }
}
