package concord.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;

import concord.dsl.PartnershipStandaloneSetup;
import concord.model.ConcordModel;
import concord.model.partnership.PartnershipModel;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;
import concord.validation.tests.BenchmarkModels;

/**
 * Loads generated specs of about 1k, 10k and 100k elements as partnership text (parse + link), as XMI
 * and as JSON (a plain Jackson parse, and emfjson-jackson's EMF load), validates them, and prints the
 * times and ratios. It measures and prints only. Runs with {@code -Dconcord.benchmark=true}.
 */
public final class LanguageBenchmark {

	private static final int[] SIZES = { 1_000, 10_000, 100_000 };

	@Test
	@EnabledIfSystemProperty(named = "concord.benchmark", matches = "true")
	void printsFigures() throws Exception {
		main(new String[0]);
	}

	public static void main(String[] args) throws Exception {
		Injector language = new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration();
		RuleValidator validator = new RuleValidator(RuleProfile.defaults());
		System.out.printf(Locale.ROOT, "Language benchmark: best of runs in ms (ratio to XMI load)%n");
		System.out.printf(Locale.ROOT, "%9s %9s %16s %10s %16s %16s %10s%n", "elements", "text KB", "text parse+link",
				"XMI load", "JSON readTree", "JSON EMF load", "validate");
		for (int size : SIZES) {
			PartnershipModel model = BenchmarkModels.manyPartnerships(size);
			int elements = BenchmarkModels.size(model);
			byte[] text = save(language.getInstance(XtextResourceSet.class), "m.partnership", model);
			byte[] xmi = save(ConcordModel.newResourceSet(), "m.partnership.xmi", model);
			byte[] json = save(jsonResourceSet(), "m.partnership.json", model);
			double parse = best(() -> load(language.getInstance(XtextResourceSet.class), "m.partnership", text));
			double xmiLoad = best(() -> load(ConcordModel.newResourceSet(), "m.partnership.xmi", xmi));
			double readTree = best(() -> new ObjectMapper().readTree(json));
			double jsonLoad = best(() -> load(jsonResourceSet(), "m.partnership.json", json));
			PartnershipModel parsed = (PartnershipModel) load(language.getInstance(XtextResourceSet.class), "m.partnership",
					text).getContents().get(0);
			double validate = best(() -> validator.validate(parsed));
			System.out.printf(Locale.ROOT, "%9d %9d %9.1f (%4.1fx) %10.1f %9.1f (%4.1fx) %9.1f (%4.1fx) %10.1f%n", elements,
					text.length / 1024, parse, parse / xmiLoad, xmiLoad, readTree, readTree / xmiLoad, jsonLoad,
					jsonLoad / xmiLoad, validate);
		}
	}

	private static ResourceSet jsonResourceSet() {
		ResourceSet resourceSet = ConcordModel.newResourceSet();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("json",
				new JsonResourceFactory(EMFModule.setupDefaultMapper()));
		return resourceSet;
	}

	private static byte[] save(ResourceSet resourceSet, String name, PartnershipModel model) throws IOException {
		Resource resource = resourceSet.createResource(URI.createURI(name));
		resource.getContents().add(EcoreUtil.copy(model));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, null);
		return bytes.toByteArray();
	}

	private static Resource load(ResourceSet resourceSet, String name, byte[] bytes) {
		Resource resource = resourceSet.createResource(URI.createURI(name));
		try {
			resource.load(new ByteArrayInputStream(bytes), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException(name + ": " + resource.getErrors().get(0));
		}
		return resource;
	}

	/** Warm up for about a second, then keep the best of at least three runs within about a second. */
	private static double best(Callable<?> work) throws Exception {
		for (long stop = System.nanoTime() + 1_000_000_000L; System.nanoTime() < stop;) {
			work.call();
		}
		long best = Long.MAX_VALUE;
		int runs = 0;
		for (long stop = System.nanoTime() + 1_000_000_000L; runs < 3 || System.nanoTime() < stop; runs++) {
			long begin = System.nanoTime();
			work.call();
			best = Math.min(best, System.nanoTime() - begin);
		}
		return best / 1e6;
	}
}
