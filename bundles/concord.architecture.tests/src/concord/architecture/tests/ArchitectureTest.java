package concord.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import concord.architecture.tests.SourceTree.Bundle;
import concord.architecture.tests.SourceTree.Source;

/**
 * The rules of docs/architecture.md, checked on the checkout: dependencies run one way
 * (model <- validation <- dsl <- dsl.ide <- diagram <- workbench, with templates and cli beside),
 * nothing below the workbench touches SWT, JFace or the Eclipse UI, no package cycles, no simple class
 * name used twice, and no bundle requires a Concord bundle it does not use.
 */
class ArchitectureTest {

	/** Which Concord bundles each production bundle may use; a new bundle must be placed here. */
	private static final Map<String, Set<String>> MAY_USE = layers();

	private static final List<String> USER_INTERFACE = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui");

	private static SourceTree tree;

	@BeforeAll
	static void read() {
		tree = SourceTree.read();
	}

	private static Map<String, Set<String>> layers() {
		Map<String, Set<String>> layers = new LinkedHashMap<>();
		layers.put("concord.model", Set.of());
		layers.put("concord.validation", Set.of("concord.model"));
		layers.put("concord.dsl", Set.of("concord.model", "concord.validation"));
		layers.put("concord.templates", Set.of("concord.model", "concord.validation"));
		layers.put("concord.dsl.ide", Set.of("concord.model", "concord.validation", "concord.dsl"));
		layers.put("concord.interchange", Set.of("concord.model", "concord.validation", "concord.dsl", "concord.dsl.ide"));
		layers.put("concord.report", Set.of("concord.model", "concord.validation", "concord.dsl", "concord.dsl.ide", "concord.interchange"));
		layers.put("concord.diagram.client", Set.of());
		layers.put("concord.diagram", Set.of("concord.model", "concord.validation", "concord.dsl", "concord.dsl.ide",
				"concord.diagram.client"));
		layers.put("concord.cli", Set.of("concord.model", "concord.validation", "concord.dsl", "concord.dsl.ide",
				"concord.templates", "concord.interchange", "concord.report", "concord.diagram", "concord.diagram.client"));
		layers.put("concord.workbench", Set.of("concord.model", "concord.validation", "concord.dsl", "concord.dsl.ide",
				"concord.templates", "concord.interchange", "concord.report", "concord.diagram", "concord.diagram.client"));
		return layers;
	}

	@Test
	void everyBundleHasAPlaceInTheLayers() {
		Set<String> unplaced = new TreeSet<>(tree.bundles().keySet());
		unplaced.removeAll(MAY_USE.keySet());
		assertEquals(Set.of(), unplaced, "bundles the architecture does not place (add them to ArchitectureTest.layers and docs/architecture.md)");
	}

	@Test
	void bundlesRequireOnlyBundlesBelowThem() {
		List<String> upward = new ArrayList<>();
		for (Bundle bundle : tree.bundles().values()) {
			for (String required : bundle.required()) {
				if (required.startsWith("concord.") && !MAY_USE.getOrDefault(bundle.name(), Set.of()).contains(required)) {
					upward.add(bundle.name() + " requires " + required + "; it may use only " + MAY_USE.get(bundle.name()));
				}
			}
		}
		assertEquals(List.of(), upward);
	}

	@Test
	void codeUsesOnlyBundlesBelowIt() {
		List<String> upward = new ArrayList<>();
		for (Source source : tree.sources()) {
			for (String used : source.usedPackages()) {
				String owner = used.startsWith("concord.") ? tree.bundleOfPackage(used) : null;
				if (owner != null && !owner.equals(source.bundle()) && !MAY_USE.getOrDefault(source.bundle(), Set.of()).contains(owner)) {
					upward.add(tree.shown(source.file()) + " uses " + used + " of " + owner + "; " + source.bundle() + " may use only "
							+ MAY_USE.get(source.bundle()));
				}
			}
		}
		assertEquals(List.of(), upward);
	}

	@Test
	void nothingBelowTheWorkbenchTouchesTheUserInterface() {
		List<String> touching = new ArrayList<>();
		for (Bundle bundle : tree.bundles().values()) {
			if (bundle.name().equals("concord.workbench")) {
				continue;
			}
			bundle.required().stream().filter(ArchitectureTest::isUserInterface)
					.forEach(required -> touching.add(bundle.name() + " requires " + required));
			for (Source source : bundle.sources()) {
				source.usedPackages().stream().filter(ArchitectureTest::isUserInterface)
						.forEach(used -> touching.add(tree.shown(source.file()) + " uses " + used));
			}
		}
		assertEquals(List.of(), touching, "only concord.workbench may use SWT, JFace or the Eclipse UI");
	}

	@Test
	void everyRequiredConcordBundleIsUsed() {
		List<String> unused = new ArrayList<>();
		for (Bundle bundle : tree.bundles().values()) {
			Set<String> used = new LinkedHashSet<>();
			for (Source source : bundle.sources()) {
				source.usedPackages().stream().map(tree::bundleOfPackage).filter(owner -> owner != null).forEach(used::add);
			}
			for (String required : bundle.required()) {
				if (required.startsWith("concord.") && !used.contains(required)) {
					unused.add(bundle.name() + " requires " + required + " but uses nothing from it");
				}
			}
		}
		assertEquals(List.of(), unused);
	}

	@Test
	void noPackageCycles() {
		Map<String, Set<String>> dependsOn = new TreeMap<>();
		for (Source source : tree.sources()) {
			Set<String> edges = dependsOn.computeIfAbsent(source.packageName(), p -> new TreeSet<>());
			source.usedPackages().stream().filter(p -> p.startsWith("concord.") && !p.equals(source.packageName())).forEach(edges::add);
		}
		List<List<String>> cycles = new StronglyConnected(dependsOn).cycles();
		List<String> shown = new ArrayList<>();
		for (List<String> cycle : cycles) {
			shown.add(String.join(" <-> ", cycle) + " (" + witnesses(cycle) + ")");
		}
		assertEquals(List.of(), shown, "packages that depend on each other");
	}

	/** For a cycle, the files that make each of its edges, so the message says where to cut. */
	private static String witnesses(List<String> cycle) {
		List<String> made = new ArrayList<>();
		for (Source source : tree.sources()) {
			if (cycle.contains(source.packageName())) {
				for (String used : source.usedPackages()) {
					if (!used.equals(source.packageName()) && cycle.contains(used)) {
						made.add(source.packageName() + "." + source.simpleName() + " -> " + used);
					}
				}
			}
		}
		return String.join("; ", made);
	}

	@Test
	void noSimpleClassNameIsUsedTwice() {
		Map<String, List<String>> byName = new TreeMap<>();
		for (Source source : tree.sources()) {
			byName.computeIfAbsent(source.simpleName(), n -> new ArrayList<>()).add(source.packageName() + "." + source.simpleName());
		}
		List<String> clashes = byName.values().stream().filter(names -> names.size() > 1).map(String::valueOf).toList();
		assertEquals(List.of(), clashes, "classes that share a simple name");
	}

	@Test
	void theTreeIsReadAtAll() {
		// guards the other tests against passing on an empty or misread tree
		assertTrue(tree.sources().size() > 100, "only " + tree.sources().size() + " sources read");
		assertTrue(tree.bundles().get("concord.workbench").required().contains("org.eclipse.ui"), "the workbench's manifest was not read");
		assertTrue(tree.sources().stream().anyMatch(s -> s.usedPackages().contains("concord.model.partnership")),
				"no use of the metamodel found: imports are not read");
	}

	private static boolean isUserInterface(String name) {
		return USER_INTERFACE.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
	}

	/** Tarjan's strongly connected components of the package graph; a component of two or more packages is a cycle. */
	private static final class StronglyConnected {
		private final Map<String, Set<String>> graph;
		private final Map<String, Integer> index = new HashMap<>();
		private final Map<String, Integer> low = new HashMap<>();
		private final Deque<String> stack = new ArrayDeque<>();
		private final Set<String> onStack = new HashSet<>();
		private final List<List<String>> cycles = new ArrayList<>();

		StronglyConnected(Map<String, Set<String>> graph) {
			this.graph = graph;
		}

		List<List<String>> cycles() {
			for (String node : graph.keySet()) {
				if (!index.containsKey(node)) {
					visit(node);
				}
			}
			return cycles;
		}

		private void visit(String node) {
			index.put(node, index.size());
			low.put(node, index.get(node));
			stack.push(node);
			onStack.add(node);
			for (String next : graph.getOrDefault(node, Set.of())) {
				if (!index.containsKey(next)) {
					visit(next);
					low.put(node, Math.min(low.get(node), low.get(next)));
				} else if (onStack.contains(next)) {
					low.put(node, Math.min(low.get(node), index.get(next)));
				}
			}
			if (low.get(node).equals(index.get(node))) {
				List<String> component = new ArrayList<>();
				String member;
				do {
					member = stack.pop();
					onStack.remove(member);
					component.add(member);
				} while (!member.equals(node));
				if (component.size() > 1) {
					component.sort(null);
					cycles.add(component);
				}
			}
		}
	}
}
