package concord.cli.commands;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import concord.interchange.diff.ModelChange;
import concord.interchange.diff.SpecDiff;
import concord.validation.RuleProfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code concord diff}: what changed between two versions of a spec, as a list a board reads. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "List what changed between two versions of a spec: partners joined or left, integration levels moved,",
				"roles reassigned, other elements added, removed or changed, and findings resolved and new.",
				"OLD and NEW are spec files or git:REV:path (e.g. git:HEAD~1:hub.partnership)." })
public final class DiffCommand extends ListingCommand {

	@Parameters(index = "0", paramLabel = "OLD", description = "The earlier version.")
	String before;

	@Parameters(index = "1", paramLabel = "NEW", description = "The later version.")
	String after;

	@Override
	protected int list(boolean json, PrintWriter out) throws Exception {
		List<ModelChange> changes = new SpecDiff(RuleProfile.defaults()).between(SpecModels.read(before), SpecModels.read(after));
		if (json) {
			ObjectMapper mapper = ListFormat.mapper();
			ObjectNode root = mapper.createObjectNode().put("old", before).put("new", after);
			ArrayNode list = root.putArray("changes");
			for (ModelChange change : changes) {
				list.addObject().put("change", change.kind().words()).put("where", change.where()).put("feature", change.feature())
						.put("before", change.before()).put("after", change.after()).put("text", change.text());
			}
			out.println(mapper.writeValueAsString(root));
		} else {
			changes.forEach(change -> out.println(change.text()));
			out.println(changes.size() + (changes.size() == 1 ? " change" : " changes"));
		}
		return 0;
	}
}
