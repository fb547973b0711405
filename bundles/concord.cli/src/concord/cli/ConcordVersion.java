package concord.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the bundle's manifest, so it never disagrees with the build. */
final class ConcordVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = ConcordVersion.class.getPackage().getImplementationVersion();
		return new String[] { "concord " + (version == null ? "(development build)" : version) };
	}
}
