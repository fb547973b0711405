package concord.cli.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;
import org.xml.sax.SAXParseException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import concord.cli.check.Problem;
import concord.model.ConcordModel;
import concord.model.helpers.ElementNames;
import concord.model.partnership.PartnershipModel;
import concord.model.resource.DanglingReferences;
import concord.validation.catalogue.Severity;

/**
 * Reading of the two interchange formats, XMI (the model bundle's stable-id resource) and JSON
 * (emfjson-jackson), into a resource set, with positioned load errors.
 */
public final class ModelFormats {

	private ModelFormats() {
	}

	/** Registers the XMI and JSON factories on a resource set (which may also hold partnership text). */
	public static void register(ResourceSet resourceSet) {
		ResourceSet model = ConcordModel.newResourceSet();
		resourceSet.getPackageRegistry().putAll(model.getPackageRegistry());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.putAll(model.getResourceFactoryRegistry().getExtensionToFactoryMap());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("json", new LazyJsonFactory());
	}

	/** Jackson loads some 400 classes; a command that never touches JSON should not pay for them. */
	private static final class LazyJsonFactory implements Resource.Factory {
		private Resource.Factory delegate;

		@Override
		public Resource createResource(URI uri) {
			if (delegate == null) {
				delegate = new JsonResourceFactory(EMFModule.setupDefaultMapper());
			}
			return delegate.createResource(uri);
		}
	}

	/** Loads an XMI or JSON file; load errors become problems, never exceptions. */
	public static LoadedSpec load(ResourceSet resourceSet, Path file, SpecFormat format) {
		Resource resource = resourceSet.createResource(ConcordModel.fileUri(file));
		List<Problem> problems = new ArrayList<>();
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			problems.add(loadProblem(file, format, e));
		}
		if (problems.isEmpty()) {
			for (Resource.Diagnostic error : resource.getErrors()) {
				problems.add(new Problem(file, Math.max(error.getLine(), 0), Math.max(error.getColumn(), 0),
						Severity.ERROR, Problem.LOAD, error.getMessage(), "", ""));
			}
		}
		if (problems.isEmpty()) {
			for (DanglingReferences.Dangling dangling : DanglingReferences.of(resource)) {
				problems.add(new Problem(file, 0, 0, Severity.ERROR, Problem.REFERENCE, dangling.message(), "",
						ElementNames.path(dangling.holder())));
			}
		}
		if (problems.isEmpty() && resource.getContents().stream().noneMatch(PartnershipModel.class::isInstance)) {
			problems.add(new Problem(file, 0, 0, Severity.ERROR, Problem.LOAD,
					"the file holds no partnership model", "", ""));
		}
		return new LoadedSpec(file, format, resource, problems);
	}

	private static Problem loadProblem(Path file, SpecFormat format, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof XMIException xmi) {
				return new Problem(file, Math.max(xmi.getLine(), 0), Math.max(xmi.getColumn(), 0), Severity.ERROR,
						Problem.LOAD, "not valid " + format.word().toUpperCase() + ": " + firstLine(xmi.getMessage()), "", "");
			}
			if (cause instanceof SAXParseException xml) {
				return new Problem(file, Math.max(xml.getLineNumber(), 0), Math.max(xml.getColumnNumber(), 0),
						Severity.ERROR, Problem.LOAD, "not valid XML: " + firstLine(xml.getMessage()), "", "");
			}
			if (cause instanceof JsonProcessingException json) {
				JsonLocation at = json.getLocation();
				int line = at == null ? 0 : at.getLineNr();
				int column = at == null ? 0 : at.getColumnNr();
				return new Problem(file, Math.max(line, 0), Math.max(column, 0), Severity.ERROR, Problem.LOAD,
						"not valid JSON: " + firstLine(json.getOriginalMessage()), "", "");
			}
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return new Problem(file, 0, 0, Severity.ERROR, Problem.LOAD,
				"cannot read it as " + format.word().toUpperCase() + ": " + firstLine(String.valueOf(root.getMessage())), "", "");
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}
}
