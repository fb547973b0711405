package concord.dsl.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Fuzzes the language's front end (decoding, parsing, linking, the language's and the rule catalogue's
 * checks) with inputs mutated from the specs Concord ships and the hostile cases. The oracle, for every
 * input: no exception escapes (only diagnostics), every error has a line within the text, invalid UTF-8 is
 * never read silently, and no input takes longer than {@link #PER_INPUT_SECONDS} (a hang is reported with
 * the input); on an input without errors, the formatted text reads back to an equal model and formatting it
 * again changes nothing.
 * <p>
 * Mutants that raise a diagnostic not seen before join the corpus, so the search is steered towards new
 * behaviour of the front end (by its diagnostics, not by code coverage: a coverage-guided engine in the
 * OSGi test runtime is not available, see docs/reliability.md). The budget is {@code concord.fuzz.seconds}
 * (5 s in every build, e.g. {@code -Dconcord.fuzz.seconds=600} for a long run), the random seed
 * {@code concord.fuzz.seed}; an input that breaks the oracle is written to target/fuzz-failures/.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PartnershipInjectorProvider.class)
class FrontEndFuzzTest {

	/**
	 * The issue's hang bound. Inputs are at most 64 KB and the slowest of a 30-minute run took well under a
	 * second; an input over the bound is run a second time before it counts as a hang, so that a pause of a
	 * loaded build machine (garbage collection, other builds) is not reported as one.
	 */
	private static final int PER_INPUT_SECONDS = 5;
	private static final int MAX_INPUT_BYTES = 64 * 1024;

	/** Fragments the grammar cares about, and bytes that are not UTF-8. */
	private static final List<byte[]> DICTIONARY = List.of("{", "}", "\"", "'", "::", "\\", "\\u", "\n", "member ", "partnership ",
			"organisation ", "person ", "governance { ", "lead-agency ", "competes-with ", "frost ", "keast ", "nz ", "driver ",
			"weight 0.", "/*", "//", "model \"m\"\n", "\"A\\tB\"", "\u00e9", "\ud83d\ude00").stream().map(s -> s.getBytes(StandardCharsets.UTF_8))
			.toList();
	private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC3 },
			new byte[] { (byte) 0xE9, 'x' }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF });

	@Inject
	Provider<XtextResourceSet> resourceSets;

	private long slowestMillis;

	@Test
	void theFrontEndAnswersEveryInputWithDiagnostics() throws Exception {
		long budget = Long.getLong("concord.fuzz.seconds", 5);
		Random random = new Random(Long.getLong("concord.fuzz.seed", 20));
		List<byte[]> corpus = seeds();
		Set<String> seen = new HashSet<>();
		ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "fuzz-input");
			thread.setDaemon(true);
			return thread;
		});
		long executions = 0;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(budget);
		try {
			for (byte[] seed : List.copyOf(corpus)) {
				seen.addAll(check(seed, worker));
				executions++;
			}
			while (System.nanoTime() < deadline) {
				byte[] input = mutate(corpus, random);
				Set<String> signatures = check(input, worker);
				executions++;
				if (seen.addAll(signatures)) {
					corpus.add(input);
				}
			}
		} finally {
			worker.shutdownNow();
		}
		System.out.printf("fuzz: %d inputs in %d s (seed %d), corpus %d, %d distinct diagnostics, slowest input %d ms%n", executions,
				budget, Long.getLong("concord.fuzz.seed", 20), corpus.size(), seen.size(), slowestMillis);
	}

	/** Runs the front end on one input under the oracle; answers the kinds of diagnostic it raised. */
	private Set<String> check(byte[] input, ExecutorService worker) throws IOException, InterruptedException {
		List<Issue> issues;
		try {
			issues = timed(input, worker);
		} catch (TimeoutException e) {
			try {
				issues = timed(input, worker); // once more, on a machine that may only have paused
			} catch (TimeoutException again) {
				throw new AssertionError("an input took more than " + PER_INPUT_SECONDS + " s twice: " + keep(input));
			}
		}
		Set<String> signatures = new HashSet<>();
		boolean encodingError = false;
		for (Issue issue : issues) {
			if (issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
					&& (issue.getLineNumber() == null || issue.getLineNumber() < 1)) {
				fail("an error without a line (" + issue.getMessage() + "): " + keep(input));
			}
			encodingError |= issue.getMessage().startsWith("the file is not valid UTF-8");
			signatures.add(issue.getCode() + " " + shape(issue.getMessage()));
		}
		if (!isUtf8(input) && !encodingError) {
			fail("invalid UTF-8 read without an error: " + keep(input));
		}
		return signatures;
	}

	private List<Issue> timed(byte[] input, ExecutorService worker) throws IOException, InterruptedException, TimeoutException {
		long start = System.nanoTime();
		Future<List<Issue>> run = worker.submit(() -> frontEnd(input));
		try {
			List<Issue> issues = run.get(PER_INPUT_SECONDS, TimeUnit.SECONDS);
			slowestMillis = Math.max(slowestMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
			return issues;
		} catch (TimeoutException e) {
			try {
				run.get(); // let it finish, so that the second try runs alone
			} catch (ExecutionException failed) {
				throw new AssertionError("an input raised " + failed.getCause() + " instead of diagnostics: " + keep(input), failed.getCause());
			}
			throw e;
		} catch (ExecutionException e) {
			throw new AssertionError("an input raised " + e.getCause() + " instead of diagnostics: " + keep(input), e.getCause());
		}
	}

	/**
	 * Reads, links and validates one input; on an input without errors also the writing properties: the
	 * formatted text reads back without errors to an equal model, and formatting it again changes nothing.
	 */
	private List<Issue> frontEnd(byte[] input) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		Resource resource = Cases.load(resourceSet, "fuzz.partnership", input);
		EcoreUtil.resolveAll(resource);
		List<Issue> issues = validate(resource);
		long lines = 1 + new String(input, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
		for (Issue issue : issues) {
			if (issue.getLineNumber() != null && issue.getLineNumber() > lines) {
				fail("an error on line " + issue.getLineNumber() + " of a text of " + lines + " lines (" + issue.getMessage() + "): " + keep(input));
			}
		}
		if (issues.stream().noneMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR) && !resource.getContents().isEmpty()) {
			String formatted = formatted(resource);
			Resource back = Cases.load(resourceSets.get(), "back.partnership", formatted.getBytes(StandardCharsets.UTF_8));
			EcoreUtil.resolveAll(back);
			if (!back.getErrors().isEmpty() || !EcoreUtil.equals(resource.getContents(), back.getContents())) {
				fail("the formatted text does not read back equal (" + back.getErrors() + "): " + keep(input));
			}
			if (!formatted.equals(formatted(back))) {
				fail("formatting the formatted text changes it: " + keep(input));
			}
		}
		return issues;
	}

	private static List<Issue> validate(Resource resource) {
		return ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	private static String formatted(Resource resource) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		resource.save(out, org.eclipse.xtext.resource.SaveOptions.newBuilder().format().getOptions().toOptionsMap());
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A message without the names in it, so that "a new diagnostic" means a new kind, not a new name. */
	private static String shape(String message) {
		return message.replaceAll("'[^']*'|\"[^\"]*\"|\\d+", "_");
	}

	private static byte[] mutate(List<byte[]> corpus, Random random) {
		byte[] base = corpus.get(random.nextInt(corpus.size()));
		int rounds = 1 + random.nextInt(4);
		for (int i = 0; i < rounds; i++) {
			base = mutateOnce(base, corpus, random);
		}
		return base.length > MAX_INPUT_BYTES ? java.util.Arrays.copyOf(base, MAX_INPUT_BYTES) : base;
	}

	private static byte[] mutateOnce(byte[] base, List<byte[]> corpus, Random random) {
		int at = base.length == 0 ? 0 : random.nextInt(base.length + 1);
		return switch (random.nextInt(7)) {
		case 0 -> splice(base, at, Math.min(base.length, at + random.nextInt(16)), new byte[0]); // delete a run
		case 1 -> splice(base, at, at, DICTIONARY.get(random.nextInt(DICTIONARY.size()))); // insert a fragment
		case 2 -> splice(base, at, Math.min(base.length, at + 1), new byte[] { (byte) random.nextInt(256) }); // replace a byte
		case 3 -> { // repeat a run, as a careless paste does
			int end = Math.min(base.length, at + random.nextInt(200));
			byte[] run = java.util.Arrays.copyOfRange(base, at, end);
			yield splice(base, end, end, run);
		}
		case 4 -> { // the head of one spec with the tail of another
			byte[] other = corpus.get(random.nextInt(corpus.size()));
			int from = other.length == 0 ? 0 : random.nextInt(other.length);
			yield splice(java.util.Arrays.copyOf(base, at), at, at, java.util.Arrays.copyOfRange(other, from, other.length));
		}
		case 5 -> splice(base, at, at, INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size())));
		default -> java.util.Arrays.copyOf(base, at); // cut off
		};
	}

	private static byte[] splice(byte[] base, int from, int to, byte[] insert) {
		byte[] result = new byte[base.length - (to - from) + insert.length];
		System.arraycopy(base, 0, result, 0, from);
		System.arraycopy(insert, 0, result, from, insert.length);
		System.arraycopy(base, to, result, from + insert.length, base.length - to);
		return result;
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** Keeps a failing input for the person who will fix it, and says where it is. */
	private static String keep(byte[] input) throws IOException {
		Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
		Path file = folder.resolve(Integer.toHexString(java.util.Arrays.hashCode(input)) + ".partnership");
		Files.write(file, input);
		return file.toAbsolutePath().toString();
	}

	/** The specs Concord ships, and the hostile cases except the two large ones (mutants of those would crowd out the rest). */
	private static List<byte[]> seeds() throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		for (Path spec : EveryStatementTest.shippedSpecs()) {
			seeds.add(Files.readAllBytes(spec));
		}
		for (String name : List.of("escaped-name-unresolvable.partnership", "format-npe-duplicate-governance.partnership",
				"roundtrip-apostrophe.partnership", "roundtrip-apostrophe.converted-back.partnership",
				"silent-duplicate-purpose-and-sector.partnership", "silent-invalid-utf8.partnership")) {
			seeds.add(Cases.bytes(name));
		}
		return seeds;
	}
}
