package concord.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import concord.cli.exit.InputError;
import concord.diagram.model.LayoutMerge;
import concord.diagram.model.LayoutSidecar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code concord merge-layout}: git's merge driver for the map's layout sidecars (*.layout.json). Set up
 * with {@code git config merge.concord-layout.driver "concord merge-layout %O %A %B %P"} and the
 * .gitattributes line {@code *.layout.json merge=concord-layout}.
 */
@Command(name = "merge-layout", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Merge two versions of a map's layout sidecar (git merge driver): BASE, OURS and THEIRS as git passes them.",
				"Each element takes the side that moved it; if both moved it, ours is kept and the element is named.",
				"The result is written over OURS." })
public final class MergeLayoutCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor (git's %O).")
	Path base;

	@Parameters(index = "1", paramLabel = "OURS", description = "Our version, replaced by the result (git's %A).")
	Path ours;

	@Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %B).")
	Path theirs;

	@Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The sidecar's path in the repository (git's %P), for messages.")
	String path;

	@Mixin
	DebugOption debug;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try {
			LayoutMerge merge = new LayoutMerge(LayoutSidecar.read(base), LayoutSidecar.read(ours), LayoutSidecar.read(theirs));
			merge.merged().save();
			String name = path != null ? path : ours.toString();
			for (String id : merge.bothMoved()) {
				spec.commandLine().getErr().println(name + ": both sides moved " + id + "; kept ours");
			}
			return 0;
		} catch (IOException e) {
			throw new InputError(e.getMessage(), e);
		}
	}
}
