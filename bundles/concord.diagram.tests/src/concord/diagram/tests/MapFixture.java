package concord.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;

import com.google.inject.Guice;
import com.google.inject.Injector;

import concord.diagram.gmodel.PartnershipMapFactory;
import concord.diagram.layout.MapLayout;
import concord.diagram.model.LayoutSidecar;
import concord.diagram.model.MapModelState;
import concord.diagram.model.MapSession;
import concord.diagram.model.SpecModelStorage;
import concord.dsl.ide.PartnershipIdeSetup;
import concord.dsl.ide.document.SpecDocument;

/**
 * One open map without a browser: the spec document, the GLSP model state and the handlers, wired by
 * Guice as the server wires them, so that operations run exactly as they do when a client sends them.
 */
final class MapFixture {

	static final Injector LANGUAGE = new PartnershipIdeSetup().createInjectorAndDoEMFRegistration();

	final Path spec;
	final MapModelState state = new MapModelState();
	private final Injector injector;

	private MapFixture(Path spec) throws IOException {
		this(spec, null);
		state.open(SpecDocument.open(spec, LANGUAGE), LayoutSidecar.of(spec));
		draw();
	}

	private MapFixture(Path spec, MapSession session) {
		this.spec = spec;
		state.init();
		injector = Guice.createInjector(binder -> {
			// Providers, not instances: Guice would inject the state's own fields (its client id) otherwise.
			binder.bind(MapModelState.class).toProvider(() -> state);
			binder.bind(GModelState.class).toProvider(() -> state);
			if (session != null) {
				binder.bind(MapSession.class).toInstance(session);
			}
		});
	}

	/** Opens the spec a session serves as the server opens it for a client: through the model storage. */
	static MapFixture served(MapSession session, String key) {
		MapFixture map = new MapFixture(session.spec(key).orElseThrow(), session);
		map.service(SpecModelStorage.class).loadSourceModel(new RequestModelAction(Map.of(SpecModelStorage.SOURCE_URI, key)));
		map.draw();
		return map;
	}

	/** Copies a built-in pack's case into {@code folder} and opens it. */
	static MapFixture ofPack(String packId, Path folder) throws IOException {
		Path packs = Path.of(System.getProperty("concord.packs"));
		String manifest = Files.readString(packs.resolve(packId).resolve("pack.json"));
		Matcher specs = Pattern.compile("\"specs\"\\s*:\\s*\\[\\s*\"([^\"]+)\"").matcher(manifest);
		if (!specs.find()) {
			throw new IllegalStateException(packId + ": no specs in pack.json");
		}
		Path spec = folder.resolve(specs.group(1));
		Files.copy(packs.resolve(packId).resolve(specs.group(1)), spec);
		return new MapFixture(spec);
	}

	static MapFixture of(Path folder, String name, String text) throws IOException {
		Path spec = folder.resolve(name);
		Files.writeString(spec, text);
		return new MapFixture(spec);
	}

	void draw() {
		injector.getInstance(PartnershipMapFactory.class).createGModel();
		MapLayout.place(state.getRoot(), state.sidecar());
	}

	/** Runs an operation as GLSP does: the handler's command on the command stack, then a fresh drawing. */
	<O extends Operation> boolean run(Class<? extends OperationHandler<O>> handler, O operation) {
		Optional<Command> command = injector.getInstance(handler).createCommand(operation);
		command.ifPresent(state::execute);
		draw();
		return command.isPresent();
	}

	/** A service of the map (marker provider, layout) as the server would inject it. */
	<T> T service(Class<T> type) {
		return injector.getInstance(type);
	}

	void undo() {
		state.undo();
		draw();
	}

	void redo() {
		state.redo();
		draw();
	}

	String text() {
		return state.document().text();
	}

	<T extends GModelElement> List<T> all(Class<T> type, String elementType) {
		return state.getIndex().getAllByClass(type).stream().filter(e -> e.getType().equals(elementType)).toList();
	}

	Optional<GModelElement> element(String id) {
		return state.getIndex().get(id);
	}

	List<GNode> nodes(String type) {
		return all(GNode.class, type);
	}

	List<GEdge> edges(String type) {
		return all(GEdge.class, type);
	}

	List<String> labels(String ownerId) {
		return element(ownerId).orElseThrow().getChildren().stream().filter(GLabel.class::isInstance).map(l -> ((GLabel) l).getText())
				.toList();
	}
}
