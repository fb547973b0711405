import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import concord.cli.spec.ModelFormats;
import concord.cli.spec.SpecFormat;
import concord.dsl.PartnershipStandaloneSetup;
import concord.dsl.ide.document.SpecLibrary;
import concord.model.ConcordModel;
import concord.model.partnership.PartnershipModel;
import concord.validation.tests.BenchmarkModels;

/**
 * The figures of issue 21, each with its goal and ratio. In this process: the generated spec (about
 * 100k elements, the validation tests' BenchmarkModels.manyPartnerships, so deterministic) loaded as
 * text, XMI and JSON, and written as text. As whole processes of the built concord command: validate of
 * the big spec (also under -Xmx512m) and validate, explain, --help on the UK hub against java -version.
 * It measures and prints; it asserts nothing. Run by releng/benchmark/run (docs/performance.md).
 */
public final class PortfolioBenchmark {

	private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M");

	public static void main(String[] args) throws Exception {
		int elements = Integer.parseInt(System.getProperty("elements", "100000"));
		int runs = Integer.parseInt(System.getProperty("runs", "5"));
		Path concord = Path.of(System.getProperty("concord"));
		Path hub = Path.of(System.getProperty("hub"));
		Path work = Files.createDirectories(Path.of(System.getProperty("work")));
		List<String> parts = List.of(System.getProperty("parts", "load,write,processes").split(","));

		PartnershipModel model = BenchmarkModels.manyPartnerships(elements);
		int size = BenchmarkModels.size(model);
		Path text = work.resolve("portfolio-" + elements + ".partnership");
		Path xmi = work.resolve("portfolio-" + elements + ".partnership.xmi");
		Path json = work.resolve("portfolio-" + elements + ".partnership.json");
		save(model, xmi);
		save(model, json);
		Injector language = new PartnershipStandaloneSetup().createInjectorAndDoEMFRegistration();
		List<EObject> contents = List.of(model);
		if (!Files.exists(text)) { // the generator is deterministic: a spec written before is the same spec
			Files.writeString(text, SpecLibrary.of(language).write(contents, text), StandardCharsets.UTF_8);
		}
		System.out.printf(Locale.ROOT, "Portfolio benchmark: %,d elements (%,d KB of text), medians of %d runs, JVM %s, %d cores%n",
				size, Files.size(text) / 1024, runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		System.out.printf(Locale.ROOT, "%-44s %12s %10s   %s%n", "figure", "measured", "ratio", "goal");

		if (parts.contains("load") || parts.contains("write")) {
			inProcess(language, contents, text, xmi, json, runs, parts.contains("write"));
		}
		if (parts.contains("processes")) {
			processes(concord, hub, text, xmi, work, Math.max(runs, 3));
		}
	}

	private static void inProcess(Injector language, List<EObject> contents, Path text, Path xmi, Path json, int runs,
			boolean writing) throws Exception {
		Callable<?> loadText = () -> {
			SpecLibrary library = SpecLibrary.of(language);
			XtextResource resource = library.read(text);
			library.resolveAll();
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException(text + ": " + resource.getErrors().get(0));
			}
			return resource;
		};
		Callable<?> loadXmi = () -> loadModel(xmi, SpecFormat.XMI);
		Callable<?> loadJson = () -> loadModel(json, SpecFormat.JSON);
		Callable<?> write = () -> SpecLibrary.of(language).write(contents, text);
		// rounds interleave the four so that a busy neighbour on the machine slows all of them alike
		List<Callable<?>> work = writing ? List.of(loadText, loadXmi, loadJson, write) : List.of(loadText, loadXmi, loadJson);
		double[][] times = new double[work.size()][runs];
		for (Callable<?> each : work) {
			each.call(); // warm-up
		}
		for (int run = 0; run < runs; run++) {
			for (int i = 0; i < work.size(); i++) {
				times[i][run] = millis(work.get(i));
			}
		}
		double textLoad = median(times[0]);
		double xmiLoad = median(times[1]);
		double jsonLoad = median(times[2]);
		row("load as text (parse + link)", ms(textLoad), ratio(textLoad / xmiLoad) + " XMI", "<= 1.5x XMI and < 2 s");
		row("load as XMI", ms(xmiLoad), "", "");
		row("load as JSON (emfjson-jackson)", ms(jsonLoad), ratio(jsonLoad / xmiLoad) + " XMI", "");
		if (writing) {
			double textWrite = median(times[3]);
			row("write as text (serialise + format)", ms(textWrite), ratio(textWrite / textLoad) + " load", "<= 2x text load");
		}
	}

	private static Resource loadModel(Path file, SpecFormat format) {
		ResourceSet resourceSet = ConcordModel.newResourceSet();
		ModelFormats.register(resourceSet);
		var loaded = ModelFormats.load(resourceSet, file, format);
		EcoreUtil.resolveAll(resourceSet);
		if (!loaded.problems().isEmpty()) {
			throw new IllegalStateException(file + ": " + loaded.problems().get(0));
		}
		return loaded.resource();
	}

	private static void processes(Path concord, Path hub, Path text, Path xmi, Path work, int runs) throws Exception {
		Path gcLog = work.resolve("gc.log");
		String gc = "-Xlog:gc:file=" + gcLog;
		double[] bigText = new double[runs];
		double[] bigXmi = new double[runs];
		int peakText = 0;
		int peakXmi = 0;
		for (int run = 0; run < runs; run++) {
			bigText[run] = process(List.of(concord.toString(), "validate", text.toString()), gc);
			peakText = Math.max(peakText, peakHeap(gcLog));
			bigXmi[run] = process(List.of(concord.toString(), "validate", xmi.toString()), gc);
			peakXmi = Math.max(peakXmi, peakHeap(gcLog));
		}
		double small = process(List.of(concord.toString(), "validate", text.toString()), "-Xmx512m " + gc);
		int peakSmall = peakHeap(gcLog);
		double textMedian = median(bigText);
		double xmiMedian = median(bigXmi);
		row("concord validate, big spec as text", s(textMedian), ratio(textMedian / xmiMedian) + " XMI", "");
		row("  heap before the fullest collection", peakText + " MiB", ratio((double) peakText / peakXmi) + " XMI", "");
		row("concord validate, big spec as XMI", s(xmiMedian), "", "");
		row("  heap before the fullest collection", peakXmi + " MiB", "", "");
		row("concord validate, big spec, -Xmx512m", small < 0 ? "failed" : s(small), "", "loads and validates within 512 MB");
		row("  heap before the fullest collection", peakSmall + " MiB", "", "");

		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<List<String>> commands = List.of(List.of(java, "-version"),
				List.of(concord.toString(), "validate", hub.toString()), List.of(concord.toString(), "explain", "DF-03"),
				List.of(concord.toString(), "--help"));
		int hubRuns = Math.max(10, runs);
		double[][] times = new double[commands.size()][hubRuns];
		for (List<String> command : commands) {
			process(command, ""); // warm the page cache
		}
		for (int run = 0; run < hubRuns; run++) {
			for (int i = 0; i < commands.size(); i++) {
				times[i][run] = process(commands.get(i), "");
			}
		}
		double floor = median(times[0]);
		row("java -version (the JVM floor)", s(floor), "", "");
		row("concord validate, UK hub", s(median(times[1])), ratio(median(times[1]) / floor) + " floor", "<= 0.5 s");
		row("concord explain DF-03", s(median(times[2])), ratio(median(times[2]) / floor) + " floor", "");
		row("concord --help", s(median(times[3])), ratio(median(times[3]) / floor) + " floor", "");
	}

	/** Wall time of a whole process in ms; negative when it ends with more than a findings exit code. */
	private static double process(List<String> command, String javaOptions) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		builder.environment().put("CONCORD_JAVA_OPTS", javaOptions);
		long begin = System.nanoTime();
		int exit = builder.start().waitFor();
		double elapsed = (System.nanoTime() - begin) / 1e6;
		return exit <= 1 ? elapsed : -1;
	}

	private static int peakHeap(Path gcLog) throws IOException {
		int peak = 0;
		if (Files.exists(gcLog)) {
			Matcher m = GC.matcher(Files.readString(gcLog));
			while (m.find()) {
				peak = Math.max(peak, Integer.parseInt(m.group(1)));
			}
		}
		return peak;
	}

	private static void save(PartnershipModel model, Path file) throws IOException {
		ResourceSet resourceSet = ConcordModel.newResourceSet();
		ModelFormats.register(resourceSet);
		Resource resource = resourceSet.createResource(ConcordModel.fileUri(file));
		resource.getContents().add(EcoreUtil.copy(model));
		resource.save(null);
	}

	private static double millis(Callable<?> work) throws Exception {
		long begin = System.nanoTime();
		work.call();
		return (System.nanoTime() - begin) / 1e6;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static void row(String figure, String measured, String ratio, String goal) {
		System.out.printf(Locale.ROOT, "%-44s %12s %10s   %s%n", figure, measured, ratio, goal);
	}

	private static String ms(double millis) {
		return String.format(Locale.ROOT, "%,.0f ms", millis);
	}

	private static String s(double millis) {
		return millis < 0 ? "failed" : String.format(Locale.ROOT, "%.2f s", millis / 1000);
	}

	private static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.1fx", ratio);
	}
}
