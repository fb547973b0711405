package concord.diagram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import concord.diagram.model.LayoutSidecar.Placement;

/**
 * A three-way merge of a layout sidecar, element by element, for git's merge driver: an element moved,
 * placed or forgotten on one side only takes that side's change, so two people who move different nodes
 * never conflict (a line merge would, when both add placements next to each other in the sorted file).
 * Where both moved the same element differently, ours is kept and the element is named: a position is
 * not worth conflict markers that would leave the file unreadable.
 */
public final class LayoutMerge {

	private final List<String> bothMoved = new ArrayList<>();
	private final LayoutSidecar merged;

	public LayoutMerge(LayoutSidecar base, LayoutSidecar ours, LayoutSidecar theirs) {
		Map<String, Placement> was = base.snapshot();
		Map<String, Placement> mine = ours.snapshot();
		Map<String, Placement> their = theirs.snapshot();
		merged = ours.savedAs(ours.file());
		TreeSet<String> ids = new TreeSet<>(was.keySet());
		ids.addAll(mine.keySet());
		ids.addAll(their.keySet());
		for (String id : ids) {
			Placement before = was.get(id);
			Placement mineNow = mine.get(id);
			Placement theirsNow = their.get(id);
			if (Objects.equals(mineNow, before) && !Objects.equals(theirsNow, before)) {
				if (theirsNow == null) {
					merged.forget(id);
				} else {
					merged.place(id, theirsNow);
				}
			} else if (!Objects.equals(mineNow, before) && !Objects.equals(theirsNow, before) && !Objects.equals(mineNow, theirsNow)) {
				bothMoved.add(id);
			}
		}
	}

	/** The merged placements, to be saved over ours. */
	public LayoutSidecar merged() {
		return merged;
	}

	/** The elements both sides moved differently (ours was kept). */
	public List<String> bothMoved() {
		return List.copyOf(bothMoved);
	}
}
