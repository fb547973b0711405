package concord.validation.tests;

import java.util.Locale;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import concord.model.partnership.PartnershipModel;
import concord.validation.RuleProfile;
import concord.validation.RuleValidator;

/**
 * Validates generated models of about 1k, 10k and 100k elements and prints the times and the growth
 * ratios. It measures and prints only; it never asserts a timing. Runs as a test when the build is
 * given {@code -Dconcord.benchmark=true}, or as a plain Java main class.
 */
public final class ValidationBenchmark {

	private static final int[] SIZES = { 1_000, 10_000, 100_000 };
	/** Fewest measured runs per size; small models get many more within the measuring second. */
	private static final int RUNS = 5;

	@Test
	@EnabledIfSystemProperty(named = "concord.benchmark", matches = "true")
	void printsFigures() {
		main(new String[0]);
	}

	public static void main(String[] args) {
		RuleValidator validator = new RuleValidator(RuleProfile.defaults());
		measure("many partnerships", BenchmarkModels::manyPartnerships, validator);
		measure("one growing partnership", BenchmarkModels::onePartnership, validator);
	}

	private static void measure(String shape, IntFunction<PartnershipModel> generator, RuleValidator validator) {
		System.out.printf(Locale.ROOT, "Validation benchmark (%s), best run after warm-up%n", shape);
		System.out.printf(Locale.ROOT, "%10s %10s %10s %12s %10s %10s%n", "target", "elements", "findings", "time ms",
				"us/elem", "growth");
		double previous = 0;
		int previousElements = 0;
		for (int size : SIZES) {
			PartnershipModel model = generator.apply(size);
			int elements = BenchmarkModels.size(model);
			// Warm up on this very model for about a second, so that no size is measured cold.
			for (long stop = System.nanoTime() + 1_000_000_000L; System.nanoTime() < stop;) {
				validator.validate(model);
			}
			// Then measure for about a second (at least RUNS runs) and keep the best run, which is the
			// figure least disturbed by other processes on a shared machine.
			long best = Long.MAX_VALUE;
			int findings = 0;
			int runs = 0;
			for (long stop = System.nanoTime() + 1_000_000_000L; runs < RUNS || System.nanoTime() < stop; runs++) {
				long begin = System.nanoTime();
				findings = validator.validate(model).size();
				best = Math.min(best, System.nanoTime() - begin);
			}
			double millis = best / 1e6;
			String growth = previous == 0 ? "-"
					: String.format(Locale.ROOT, "x%.1f (size x%.1f)", millis / previous, (double) elements / previousElements);
			System.out.printf(Locale.ROOT, "%10d %10d %10d %12.2f %10.3f %s%n", size, elements, findings, millis,
					best / 1e3 / elements, growth);
			previous = millis;
			previousElements = elements;
		}
	}
}
