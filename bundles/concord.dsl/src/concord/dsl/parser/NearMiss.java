package concord.dsl.parser;

import java.util.Collection;
import java.util.Optional;

/**
 * The word an analyst most likely meant: the nearest candidate by edit distance (insertions, deletions,
 * substitutions), if it is near enough to be a typing slip rather than a different word. Written here
 * because the only edit distances on the target platform are inside other tools' internals.
 */
final class NearMiss {

	private NearMiss() {
	}

	/** The nearest candidate, if at most a third of the word (and at least one letter) differs. */
	static Optional<String> of(String word, Collection<String> candidates) {
		String best = null;
		int bestDistance = Math.max(1, word.length() / 3) + 1;
		for (String candidate : candidates) {
			if (candidate.equals(word) || Math.abs(candidate.length() - word.length()) >= bestDistance) {
				continue;
			}
			int distance = distance(word, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Levenshtein distance over two rows; the words are keywords, so short. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
